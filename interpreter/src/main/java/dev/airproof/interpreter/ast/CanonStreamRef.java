package dev.airproof.interpreter.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code #$name} (or legacy {@code #name}) with an optional lens: reads a canon stream.
 *
 * @param legacySigil true when written {@code #name}
 */
public record CanonStreamRef(String name, boolean legacySigil, Optional<Lens> lens, Span span)
    implements Value {
  public CanonStreamRef {
    Names.requireValid(name);
    Objects.requireNonNull(lens, "lens");
    Objects.requireNonNull(span, "span");
  }
}
