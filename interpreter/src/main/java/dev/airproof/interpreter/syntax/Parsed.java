package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Instruction;
import java.util.Objects;

/** Immutable; a script that lexed, parsed and passed the validator. */
public record Parsed(Instruction root) implements ParseResult {
  public Parsed {
    Objects.requireNonNull(root, "root");
  }
}
