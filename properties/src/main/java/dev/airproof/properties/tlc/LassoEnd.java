package dev.airproof.properties.tlc;

/**
 * Immutable; how a counterexample ends: a finite prefix (safety), a back-edge to an earlier state
 * (message 2122), or infinite stuttering in the last state (message 2218).
 */
public sealed interface LassoEnd {

  /** The trace is a finite prefix, as for an invariant violation. */
  record Finite() implements LassoEnd {}

  /** The behaviour loops back to the state with this 1-based index. */
  record BackTo(int index) implements LassoEnd {
    public BackTo {
      if (index < 1) {
        throw new IllegalArgumentException("index " + index);
      }
    }
  }

  /** The behaviour stutters forever in its last state. */
  record Stuttering() implements LassoEnd {}
}
