package dev.airproof.petri.analysis;

import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;

/**
 * Stateless; termination: every firing sequence is finite, i.e. the reachability graph of the
 * (bounded) net has no cycle. A violation is a lasso: a shortest stem to the first state (BFS
 * order) on a cycle and a shortest cycle back to it. Cycles among recorded edges are real, so a
 * violation is reported even on a truncated graph; an unbounded net may be non-terminating without
 * any cycle, hence "holds" needs a complete graph.
 */
public final class Termination {
  /** Property name. */
  public static final String PROPERTY = "termination";

  private Termination() {}

  /** Whether every firing sequence from the initial marking is finite. */
  public static Verdict termination(ReachabilityGraph g) {
    Components c = Components.of(g);
    PetriNet net = g.net();
    for (int s = 0; s < g.expandedCount(); s++) {
      if (c.isCyclic(c.componentOf(s))) {
        int start = s;
        int[] cycle =
            GraphSearch.shortestPath(g, s, t -> t == start)
                .orElseThrow(() -> new IllegalStateException("cyclic component without cycle"));
        return new Verdict.Violated(
            PROPERTY,
            "the firing sequence can loop forever through " + net.describe(g.marking(s)),
            new Witness.Lasso(g.pathIdsTo(s), g.marking(s), g.transitionIds(cycle)));
      }
    }
    return Verdicts.holdsIfComplete(PROPERTY, g);
  }
}
