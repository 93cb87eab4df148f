package dev.airproof.petri.coverability;

import dev.airproof.petri.verdict.Witness;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable; whether a net is bounded, decided by Karp–Miller.
 *
 * <p>{@code Bounded} carries exact per-place bounds; {@code Unbounded} carries a replayable pump
 * witness and the unbounded places ({@code placesComplete} is false when the construction stopped
 * at its bound after the witness was found, so more places may be unbounded); {@code Unknown} says
 * the bound was reached first.
 */
public sealed interface Boundedness {

  /** Every place is bounded; {@code bounds} gives the exact maximum per place id. */
  record Bounded(Map<String, Integer> bounds, long nodes) implements Boundedness {
    public Bounded {
      bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
    }

    /** The smallest k for which the net is k-bounded. */
    public int k() {
      return bounds.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
  }

  /** Some place is unbounded; {@code witness} pumps tokens onto its growing places. */
  record Unbounded(
      List<String> unboundedPlaces, boolean placesComplete, Witness.Pump witness, long nodes)
      implements Boundedness {
    public Unbounded {
      unboundedPlaces = List.copyOf(unboundedPlaces);
      Objects.requireNonNull(witness, "witness");
    }
  }

  /** No answer within the bound. */
  record Unknown(String reason, long nodes) implements Boundedness {
    public Unknown {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
