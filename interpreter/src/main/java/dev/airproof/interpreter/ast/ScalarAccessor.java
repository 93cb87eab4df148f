package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code .[scalar]}: an index or field name taken from a scalar variable. */
public record ScalarAccessor(String scalar, Span span) implements Accessor {
  public ScalarAccessor {
    Names.requireValid(scalar);
    Objects.requireNonNull(span, "span");
  }
}
