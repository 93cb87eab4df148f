package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (fail scalar)}, {@code (fail scalar.$.lens)} or {@code (fail #canon.$.lens)}: throws an error
 * object held in a variable.
 *
 * <p>Invariant: {@code value} is a {@link ScalarRef} (with or without lens) or a {@link CanonStreamRef}
 * with a lens.
 */
public record FailValue(Value value, Span span) implements FailArgument {
  public FailValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }
}
