package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * {@code (null)}: does nothing and completes ({@code null.rs}).
 */
final class NullExecutor {
  private NullExecutor() {}

  static Optional<ExecError> execute(Null n, ExecutionContext ctx) {
    return ExecError.OK;
  }
}
