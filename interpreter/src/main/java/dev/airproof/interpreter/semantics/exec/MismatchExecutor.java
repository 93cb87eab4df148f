package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * {@code (mismatch l r body)}: body runs when the values differ, else error 10002
 * ({@code mismatch.rs}).
 */
final class MismatchExecutor {
  private MismatchExecutor() {}

  static Optional<ExecError> execute(Mismatch m, ExecutionContext ctx) {
    return Comparison.compare(m.left(), m.right(), m.body(), false, ctx);
  }
}
