package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (mismatch left right body)}: runs {@code body} when the two values differ; mirrors AquaVM {@code instructions/mismatch.rs}. */
public record Mismatch(Value left, Value right, Instruction body, Span span) implements Instruction {
  public Mismatch {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(span, "span");
  }
}
