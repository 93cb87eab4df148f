package dev.airproof.interpreter.syntax;

import java.util.List;

/**
 * Immutable; a script with at least one lexical, grammatical or validation problem.
 *
 * <p>Invariant: {@code diagnostics} is non-empty and ordered by source position.
 */
public record Rejected(List<Diagnostic> diagnostics) implements ParseResult {
  public Rejected {
    diagnostics = List.copyOf(diagnostics);
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs at least one diagnostic");
    }
  }
}
