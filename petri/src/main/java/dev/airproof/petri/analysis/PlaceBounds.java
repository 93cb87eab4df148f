package dev.airproof.petri.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable; the largest token count of every place over the reachable markings.
 *
 * <p>{@code Exact} comes from a complete exploration; {@code AtLeast} from a truncated one, where
 * the counts are lower bounds (the place may be unbounded).
 */
public sealed interface PlaceBounds {

  /** Maximal tokens per place id, in place order. */
  Map<String, Integer> bounds();

  /** Exact bounds over all {@code states} reachable markings. */
  record Exact(Map<String, Integer> bounds, long states) implements PlaceBounds {
    public Exact {
      bounds = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bounds));
    }

    /** The smallest k for which the net is k-bounded. */
    public int k() {
      return bounds.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
  }

  /** Lower bounds: only {@code states} markings were explored, stopped for {@code reason}. */
  record AtLeast(Map<String, Integer> bounds, String reason, long states) implements PlaceBounds {
    public AtLeast {
      bounds = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bounds));
      Objects.requireNonNull(reason, "reason");
    }
  }
}
