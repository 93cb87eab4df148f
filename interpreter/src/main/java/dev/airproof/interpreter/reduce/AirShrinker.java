package dev.airproof.interpreter.reduce;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reduces an AIR script that violates a property to a smaller one that still does.
 *
 * <p>Greedy passes delete subtrees (a {@code seq/par/xor} replaced by one child, any compound by a
 * child or {@code (null)}), drop fold last instructions, call arguments and outputs, and replace
 * values by shorter literals. A candidate is kept only if its printed text parses and validates
 * ({@link AirParser}) and the predicate still holds. The predicate sees the parsed tree, whose
 * spans are those of the canonical text, unless printing and parsing do not give back the
 * candidate's shape; then it sees the candidate (spans as built). Terminates (each step shrinks a
 * well-founded measure) and is deterministic.
 */
public final class AirShrinker {
  private AirShrinker() {}

  /**
   * The smallest script this reduction reaches from {@code script} on which {@code stillFails}
   * holds; {@code script} itself when the predicate does not hold on it.
   */
  public static Instruction shrink(Instruction script, Predicate<Instruction> stillFails) {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(stillFails, "stillFails");
    if (!stillFails.test(script)) {
      return script;
    }
    return new Reducer(AirShrinker::reparse, stillFails).run(script);
  }

  /** The tree that the canonical text of {@code candidate} parses to, if it is valid AIR. */
  static Optional<Instruction> reparse(Instruction candidate) {
    return switch (AirParser.parse("shrink-candidate.air", AirPrinter.print(candidate))) {
      case Parsed p -> Optional.of(p.root());
      case Rejected r -> Optional.empty();
    };
  }
}
