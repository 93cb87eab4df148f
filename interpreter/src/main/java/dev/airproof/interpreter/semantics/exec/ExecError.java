package dev.airproof.interpreter.semantics.exec;

import java.util.Objects;
import java.util.Optional;

/** Immutable; an execution error, AquaVM's {@code ExecutionError}. */
public sealed interface ExecError permits ExecError.Catchable, ExecError.Uncatchable {

  /** AquaVM's ret code. */
  long code();

  /** AquaVM's error message. */
  String message();

  /**
   * A catchable error (10000..): may be caught by {@code xor}.
   *
   * @param joinable true for an undefined variable (a join point)
   * @param matchKind true for match/mismatch failures (they do not set {@code %last_error%})
   */
  record Catchable(long code, String message, boolean joinable, boolean matchKind)
      implements ExecError {
    public Catchable {
      Objects.requireNonNull(message, "message");
    }
  }

  /** An uncatchable error (20000..): aborts the run. */
  record Uncatchable(long code, String message) implements ExecError {
    public Uncatchable {
      Objects.requireNonNull(message, "message");
    }
  }

  /** No error. */
  Optional<ExecError> OK = Optional.empty();

  static Optional<ExecError> catchable(long code, String message) {
    return Optional.of(new Catchable(code, message, false, false));
  }

  static Optional<ExecError> uncatchable(long code, String message) {
    return Optional.of(new Uncatchable(code, message));
  }

  static Catchable variableNotFound(String name) {
    return new Catchable(10003, "variable with name '" + name
        + "' wasn't defined during script execution", true, false);
  }

  static Catchable notInitializedAfterNew(String name) {
    return new Catchable(10009, "variable with name '" + name
        + "' was cleared by new and then wasn't set", false, false);
  }

  static Catchable lambda(String message) {
    return new Catchable(10007, message, false, false);
  }

  static boolean isJoinable(Optional<ExecError> e) {
    return e.isPresent() && e.get() instanceof Catchable c && c.joinable();
  }

  static boolean isCatchable(Optional<ExecError> e) {
    return e.isPresent() && e.get() instanceof Catchable;
  }
}
