package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (null)}: does nothing and is complete; mirrors AquaVM {@code instructions/null.rs}. */
public record Null(Span span) implements Instruction {
  public Null {
    Objects.requireNonNull(span, "span");
  }
}
