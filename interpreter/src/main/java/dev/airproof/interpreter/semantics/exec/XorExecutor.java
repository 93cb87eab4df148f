package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * {@code (xor left right)}: right runs when left fails with a catchable error, which becomes
 * {@code %last_error%} there ({@code xor.rs}).
 */
final class XorExecutor {
  private XorExecutor() {}

  static Optional<ExecError> execute(Xor x, ExecutionContext ctx) {
    ctx.complete = true;
    Optional<ExecError> left = Executor.execute(x.left(), ctx);
    if (left.isEmpty() || !(left.get() instanceof ExecError.Catchable c)) {
      return left;
    }
    ctx.complete = true;
    ctx.errors.xorRightBranch(c);
    Optional<ExecError> right = Executor.execute(x.right(), ctx);
    ctx.errors.xorRightBranchEnd(right.isEmpty());
    return right;
  }
}
