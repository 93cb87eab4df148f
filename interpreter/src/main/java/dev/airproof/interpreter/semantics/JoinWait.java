package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.ast.Span;
import java.util.Objects;

/**
 * Immutable; an instruction that could not run because a variable it reads has no value yet (AquaVM's
 * join behaviour).
 *
 * @param instruction the span of the waiting instruction
 * @param instructionText the instruction as AquaVM displays it (e.g. {@code call "p" ("s" "f") [x] y})
 * @param variable the variable waited on, with its sigil ({@code x}, {@code #c}, {@code $s})
 */
public record JoinWait(Span instruction, String instructionText, String variable) {
  public JoinWait {
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(instructionText, "instructionText");
    Objects.requireNonNull(variable, "variable");
  }
}
