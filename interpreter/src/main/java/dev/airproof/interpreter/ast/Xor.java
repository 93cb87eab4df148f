package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (xor left right)}: runs {@code right} only when {@code left} fails with a catchable error; mirrors AquaVM {@code instructions/xor.rs}. */
public record Xor(Instruction left, Instruction right, Span span) implements Instruction {
  public Xor {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(span, "span");
  }
}
