package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * {@code (match l r body)}: body runs when the values are equal, else error 10001 ({@code match_.rs}).
 */
final class MatchExecutor {
  private MatchExecutor() {}

  static Optional<ExecError> execute(Match m, ExecutionContext ctx) {
    return Comparison.compare(m.left(), m.right(), m.body(), true, ctx);
  }
}
