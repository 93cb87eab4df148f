package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (par left right)}: runs both branches; complete when either is; mirrors AquaVM {@code instructions/par.rs}. */
public record Par(Instruction left, Instruction right, Span span) implements Instruction {
  public Par {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(span, "span");
  }
}
