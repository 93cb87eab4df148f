package dev.airproof.interpreter.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code :error:} with an optional lens: the error caught by the nearest {@code xor}. */
public record ErrorValue(Optional<Lens> lens, Span span) implements Value {
  public ErrorValue {
    Objects.requireNonNull(lens, "lens");
    Objects.requireNonNull(span, "span");
  }
}
