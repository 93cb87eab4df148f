package dev.airproof.properties.explorer;

/**
 * Immutable; how many faults of each kind a run may suffer. Every fault is a separate transition,
 * so the explorer considers each fault at every point where it can happen.
 *
 * @param duplications particles that may be delivered one extra time
 * @param drops particles that may be lost
 * @param amnesias restarts of a peer that lose its stored data (only while the run is not quiescent)
 */
public record FaultBudget(int duplications, int drops, int amnesias) {
  /** No faults. */
  public static final FaultBudget NONE = new FaultBudget(0, 0, 0);

  public FaultBudget {
    if (duplications < 0 || drops < 0 || amnesias < 0) {
      throw new IllegalArgumentException("fault budgets must be >= 0");
    }
  }

  /** True iff no fault is allowed. */
  public boolean isNone() {
    return duplications == 0 && drops == 0 && amnesias == 0;
  }
}
