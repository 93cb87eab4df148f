package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code .field}: an object field by name. */
public record FieldAccessor(String field, Span span) implements Accessor {
  public FieldAccessor {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(span, "span");
  }
}
