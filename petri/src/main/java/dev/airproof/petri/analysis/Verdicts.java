package dev.airproof.petri.analysis;

import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.reach.Truncation;
import dev.airproof.petri.verdict.Verdict;

/**
 * Stateless; the common tail of analyses: holds on a complete graph, unknown on a truncated one.
 */
public final class Verdicts {
  private Verdicts() {}

  /** {@code Holds} if {@code g} is complete, else {@code Unknown} with the truncation reason. */
  public static Verdict holdsIfComplete(String property, ReachabilityGraph g) {
    return g.truncation().isEmpty()
        ? new Verdict.Holds(property, g.stateCount())
        : unknown(property, g);
  }

  /** {@code Unknown} because {@code g} is truncated (or "complete" if it is not). */
  public static Verdict.Unknown unknown(String property, ReachabilityGraph g) {
    return new Verdict.Unknown(
        property, g.truncation().map(Truncation::reason).orElse("complete"), g.stateCount());
  }
}
