package dev.airproof.petri.reach;

/**
 * Immutable; bounds for state-space searches.
 *
 * <p>Invariant: {@code 1 <= maxStates <= MAX_STATES}. A search that would need more states stops
 * and reports "bound reached after N states" instead of an answer.
 *
 * @param maxStates the most markings (or omega-markings) a search may store
 */
public record ExplorationLimits(long maxStates) {
  /** The largest supported bound (array indices are ints). */
  public static final long MAX_STATES = 200_000_000L;

  public ExplorationLimits {
    if (maxStates < 1 || maxStates > MAX_STATES) {
      throw new IllegalArgumentException(
          "maxStates must be in [1, " + MAX_STATES + "]: " + maxStates);
    }
  }

  /** Limits allowing {@code maxStates} states. */
  public static ExplorationLimits states(long maxStates) {
    return new ExplorationLimits(maxStates);
  }

  /** One million states. */
  public static ExplorationLimits defaults() {
    return new ExplorationLimits(1_000_000);
  }
}
