package dev.airproof.interpreter.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code #%name} with an optional lens: reads a canon stream map. */
public record CanonStreamMapRef(String name, Optional<Lens> lens, Span span) implements Value {
  public CanonStreamMapRef {
    Names.requireValid(name);
    Objects.requireNonNull(lens, "lens");
    Objects.requireNonNull(span, "span");
  }
}
