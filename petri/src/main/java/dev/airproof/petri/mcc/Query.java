package dev.airproof.petri.mcc;

import java.util.List;
import java.util.Objects;

/** Immutable; what an MCC property asks: a boolean formula, or an upper bound. */
public sealed interface Query {

  /** Is the formula true in the initial marking? */
  record BooleanQuery(Formula formula) implements Query {
    public BooleanQuery {
      Objects.requireNonNull(formula, "formula");
    }
  }

  /** {@code <place-bound>}: the maximum over reachable markings of the places' token sum. */
  record PlaceBound(List<String> places) implements Query {
    public PlaceBound {
      places = List.copyOf(places);
      if (places.isEmpty()) {
        throw new IllegalArgumentException("place-bound needs a place");
      }
    }
  }
}
