package dev.airproof.petri.verdict;

import java.util.Objects;

/**
 * Immutable; the answer to a yes/no question about a net.
 *
 * <p>{@code Holds} is definite (the whole relevant state space was explored); {@code Violated}
 * carries a witness that can be replayed on the net; {@code Unknown} says why no answer was found,
 * e.g. "bound reached after N states".
 */
public sealed interface Verdict {

  /** The property's name, e.g. {@code "deadlock freedom"}. */
  String property();

  /** True iff this is {@link Holds}. */
  default boolean holds() {
    return this instanceof Holds;
  }

  /** True iff this is {@link Violated}. */
  default boolean violated() {
    return this instanceof Violated;
  }

  /** The property holds; {@code statesExplored} states were examined. */
  record Holds(String property, long statesExplored) implements Verdict {
    public Holds {
      Objects.requireNonNull(property, "property");
    }
  }

  /** The property fails; {@code witness} demonstrates it and {@code explanation} says how. */
  record Violated(String property, String explanation, Witness witness) implements Verdict {
    public Violated {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(explanation, "explanation");
      Objects.requireNonNull(witness, "witness");
    }
  }

  /** No answer: {@code reason} (e.g. a bound was reached) after {@code statesExplored} states. */
  record Unknown(String property, String reason, long statesExplored) implements Verdict {
    public Unknown {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
