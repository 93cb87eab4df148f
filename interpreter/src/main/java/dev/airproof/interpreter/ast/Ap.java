package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (ap argument destination)}: puts a value into a scalar or appends it to a stream; mirrors
 * AquaVM {@code instructions/ap.rs}.
 *
 * <p>Invariant: {@code argument} is never a bare {@link CanonStreamMapRef} without a lens.
 */
public record Ap(Value argument, ApTarget destination, Span span) implements Instruction {
  public Ap {
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(span, "span");
  }
}
