package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (match left right body)}: runs {@code body} when the two values are equal JSON; mirrors AquaVM {@code instructions/match_.rs}. */
public record Match(Value left, Value right, Instruction body, Span span) implements Instruction {
  public Match {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(span, "span");
  }
}
