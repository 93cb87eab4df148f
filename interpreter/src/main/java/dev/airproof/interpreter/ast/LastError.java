package dev.airproof.interpreter.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code %last_error%} with an optional lens: the last error object. */
public record LastError(Optional<Lens> lens, Span span) implements Value {
  public LastError {
    Objects.requireNonNull(lens, "lens");
    Objects.requireNonNull(span, "span");
  }
}
