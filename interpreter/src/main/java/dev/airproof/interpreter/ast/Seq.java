package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (seq left right)}: runs {@code right} once {@code left} is complete; mirrors AquaVM {@code instructions/seq.rs}. */
public record Seq(Instruction left, Instruction right, Span span) implements Instruction {
  public Seq {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(span, "span");
  }
}
