package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (next iterator)}: moves the enclosing fold to its next element; mirrors AquaVM {@code instructions/next.rs}. */
public record Next(ScalarName iterator, Span span) implements Instruction {
  public Next {
    Objects.requireNonNull(iterator, "iterator");
    Objects.requireNonNull(span, "span");
  }
}
