package dev.airproof.interpreter.semantics.trace;

import java.util.Objects;

/** Immutable; a trace-handler answer: a value or a {@link TraceError}. */
public sealed interface TraceResult<T> permits TraceResult.Ok, TraceResult.Err {

  /** Success. */
  record Ok<T>(T value) implements TraceResult<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Failure. */
  record Err<T>(TraceError error) implements TraceResult<T> {
    public Err {
      Objects.requireNonNull(error, "error");
    }
  }

  static <T> TraceResult<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> TraceResult<T> err(String message) {
    return new Err<>(new TraceError(message));
  }
}
