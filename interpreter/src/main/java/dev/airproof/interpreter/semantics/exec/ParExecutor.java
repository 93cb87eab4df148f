package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.semantics.trace.TraceError;
import java.util.Optional;

/**
 * {@code (par left right)}: both branches run; complete when either completes, failed only when
 * both fail ({@code par.rs}, with the subtrace bookkeeping of {@code ParFsm}).
 */
final class ParExecutor {
  private ParExecutor() {}

  static Optional<ExecError> execute(Par p, ExecutionContext ctx) {
    Optional<TraceError> start = ctx.trace.meetParStart();
    if (start.isPresent()) {
      return Executor.traceError(start.get(), p);
    }
    ctx.complete = !(p.left() instanceof Next);
    Optional<ExecError> left = Executor.execute(p.left(), ctx);
    if (left.isPresent() && left.get() instanceof ExecError.Uncatchable) {
      return left;
    }
    if (left.isPresent()) {
      ctx.complete = false;
    }
    ctx.trace.meetParLeftEnd();
    boolean leftComplete = ctx.complete;
    ctx.complete = !(p.right() instanceof Next);
    Optional<ExecError> right = Executor.execute(p.right(), ctx);
    if (right.isPresent() && right.get() instanceof ExecError.Uncatchable) {
      return right;
    }
    if (right.isPresent()) {
      ctx.complete = false;
    }
    ctx.trace.meetParRightEnd();
    ctx.complete = leftComplete || ctx.complete;
    if (left.isEmpty() || right.isEmpty()) {
      ctx.errors.parSucceeded();
      return ExecError.OK;
    }
    return right;
  }
}
