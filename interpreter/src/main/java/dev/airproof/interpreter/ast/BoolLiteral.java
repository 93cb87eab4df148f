package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code true} or {@code false}. */
public record BoolLiteral(boolean value, Span span) implements Value {
  public BoolLiteral {
    Objects.requireNonNull(span, "span");
  }
}
