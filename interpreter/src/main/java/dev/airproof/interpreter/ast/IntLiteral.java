package dev.airproof.interpreter.ast;

import java.util.Objects;

/** An integer literal ({@code 42}, {@code -7}); AquaVM reads it as an i64. */
public record IntLiteral(long value, Span span) implements Value {
  public IntLiteral {
    Objects.requireNonNull(span, "span");
  }
}
