package dev.airproof.properties.explorer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable view (the state space itself is not copied); the outcome of one search: the explored
 * state graph, the quiescent states, the first (shortest) edges that executed a call twice or ended an
 * invocation with an error, and why the search stopped early, if it did.
 *
 * @param space the explored states and edges
 * @param quiescent ids of the quiescent states found, in discovery order
 * @param repeatedCall the first transition that executed a call instance for the second time
 * @param uncaughtError the first transition whose invocation returned a non-zero ret code
 * @param boundReached why the search stopped before exhausting the state space, if it did
 * @param transitions transitions taken
 * @param millis wall-clock time of the search
 * @param reduced true iff the partial-order reduction was used (then only quiescent states are complete)
 */
public record ExplorationResult(
    StateSpace space,
    List<Integer> quiescent,
    Optional<Edge> repeatedCall,
    Optional<Edge> uncaughtError,
    Optional<String> boundReached,
    long transitions,
    long millis,
    boolean reduced) {
  public ExplorationResult {
    Objects.requireNonNull(space, "space");
    quiescent = List.copyOf(quiescent);
    Objects.requireNonNull(repeatedCall, "repeatedCall");
    Objects.requireNonNull(uncaughtError, "uncaughtError");
    Objects.requireNonNull(boundReached, "boundReached");
  }

  /**
   * Immutable; a transition of interest: from state {@code source}, the step taken.
   *
   * @param source id of the state the transition leaves
   * @param step what it did
   */
  public record Edge(int source, Step step) {}

  /** True iff every reachable state was explored. */
  public boolean complete() {
    return boundReached.isEmpty();
  }
}
