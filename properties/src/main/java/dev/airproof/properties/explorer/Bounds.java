package dev.airproof.properties.explorer;

/**
 * Immutable; limits of one exploration. Reaching any of them ends the search with an explicit
 * "unknown" for every property that the explored part cannot decide.
 *
 * @param maxStates distinct states at most
 * @param maxDepth transitions from the initial state at most
 * @param maxMillis wall-clock milliseconds at most
 */
public record Bounds(long maxStates, int maxDepth, long maxMillis) {
  /** The defaults of {@code airproof verify}: 1,000,000 states, depth 10,000, 10 minutes. */
  public static final Bounds DEFAULT = new Bounds(1_000_000, 10_000, 600_000);

  public Bounds {
    if (maxStates < 1 || maxDepth < 1 || maxMillis < 1) {
      throw new IllegalArgumentException("bounds must be positive");
    }
  }
}
