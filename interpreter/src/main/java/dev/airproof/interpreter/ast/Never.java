package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (never)}: never completes; mirrors AquaVM {@code instructions/never.rs}. */
public record Never(Span span) implements Instruction {
  public Never {
    Objects.requireNonNull(span, "span");
  }
}
