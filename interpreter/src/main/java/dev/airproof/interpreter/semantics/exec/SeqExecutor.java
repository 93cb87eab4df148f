package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * {@code (seq left right)}: right runs only when left completed ({@code seq.rs}).
 */
final class SeqExecutor {
  private SeqExecutor() {}

  static Optional<ExecError> execute(Seq s, ExecutionContext ctx) {
    ctx.complete = true;
    Optional<ExecError> r = Executor.execute(s.left(), ctx);
    if (r.isPresent()) {
      return r;
    }
    if (ctx.complete) {
      return Executor.execute(s.right(), ctx);
    }
    return ExecError.OK;
  }
}
