package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (fail argument)}: raises a catchable error; mirrors AquaVM {@code instructions/fail.rs}.
 * The forms of the argument are the permitted {@link FailArgument}s.
 */
public record Fail(FailArgument argument, Span span) implements Instruction {
  public Fail {
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(span, "span");
  }
}
