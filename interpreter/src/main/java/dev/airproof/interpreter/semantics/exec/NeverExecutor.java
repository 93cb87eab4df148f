package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * {@code (never)}: does nothing and never completes ({@code never.rs}).
 */
final class NeverExecutor {
  private NeverExecutor() {}

  static Optional<ExecError> execute(Never n, ExecutionContext ctx) {
    ctx.complete = false;
    return ExecError.OK;
  }
}
