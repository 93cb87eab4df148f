package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (new name body)}: gives {@code name} a fresh, lexically scoped instance inside {@code body};
 * mirrors AquaVM {@code instructions/new.rs}. {@code name} may be of any of the five kinds.
 */
public record New(Name name, Instruction body, Span span) implements Instruction {
  public New {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(span, "span");
  }
}
