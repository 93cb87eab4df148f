package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * A float literal ({@code 1.5}, {@code -0.25}, {@code 1.}); AquaVM reads it as an f64.
 *
 * <p>Invariant: {@code value} is finite.
 */
public record FloatLiteral(double value, Span span) implements Value {
  public FloatLiteral {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("float literal must be finite: " + value);
    }
    Objects.requireNonNull(span, "span");
  }
}
