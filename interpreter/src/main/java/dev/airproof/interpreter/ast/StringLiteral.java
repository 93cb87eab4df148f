package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code "text"}: a string literal. AIR strings have no escapes: {@code value} never contains a double quote. */
public record StringLiteral(String value, Span span) implements Value {
  public StringLiteral {
    Objects.requireNonNull(value, "value");
    if (value.indexOf('"') >= 0) {
      throw new IllegalArgumentException("an AIR string literal cannot contain a double quote");
    }
    Objects.requireNonNull(span, "span");
  }
}
