package dev.airproof.petri.analysis;

import dev.airproof.petri.coverability.Boundedness;
import dev.airproof.petri.coverability.CoverabilityGraph;
import dev.airproof.petri.coverability.KarpMiller;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import java.util.Objects;

/**
 * Immutable; the standard behavioural properties of a net from its initial marking, each as defined
 * in its analysis class, computed from one reachability graph and one Karp–Miller graph (both
 * within the same limits).
 *
 * @param states markings explored explicitly
 * @param complete whether the explicit exploration covered every reachable marking
 * @param boundedness Karp–Miller's verdict (with exact bounds or an unboundedness pump)
 * @param placeBounds bounds from the explicit graph (exact iff complete)
 * @param deadlockFreedom see {@link Deadlocks}
 * @param noDeadTransitions see {@link Liveness}; taken from the coverability graph when the
 *     explicit graph cannot decide it (e.g. unbounded nets)
 * @param liveness see {@link Liveness} (L4)
 * @param reversibility see {@link Reversibility}
 * @param termination see {@link Termination}
 */
public record NetReport(
    long states,
    boolean complete,
    Boundedness boundedness,
    PlaceBounds placeBounds,
    Verdict deadlockFreedom,
    Verdict noDeadTransitions,
    Verdict liveness,
    Verdict reversibility,
    Verdict termination) {
  public NetReport {
    Objects.requireNonNull(boundedness, "boundedness");
    Objects.requireNonNull(placeBounds, "placeBounds");
    Objects.requireNonNull(deadlockFreedom, "deadlockFreedom");
    Objects.requireNonNull(noDeadTransitions, "noDeadTransitions");
    Objects.requireNonNull(liveness, "liveness");
    Objects.requireNonNull(reversibility, "reversibility");
    Objects.requireNonNull(termination, "termination");
  }

  /** Runs every standard analysis on {@code net} within {@code limits}. */
  public static NetReport analyse(PetriNet net, ExplorationLimits limits) {
    ReachabilityGraph g = ReachabilityExplorer.explore(net, limits);
    CoverabilityGraph cg = KarpMiller.build(net, limits);
    Verdict dead = Liveness.noDeadTransitions(g);
    if (dead instanceof Verdict.Unknown) {
      dead = cg.noDeadTransitions();
    }
    return new NetReport(
        g.stateCount(),
        g.isComplete(),
        cg.boundedness(),
        Bounds.placeBounds(g),
        Deadlocks.deadlockFreedom(g),
        dead,
        Liveness.liveness(g),
        Reversibility.reversibility(g),
        Termination.termination(g));
  }
}
