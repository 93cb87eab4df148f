package dev.airproof.petri.analysis;

import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.reach.Truncation;
import dev.airproof.petri.verdict.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stateless; place bounds and k-boundedness from a reachability graph.
 *
 * <p>A net is k-bounded iff no reachable marking puts more than k tokens on a place; 1-bounded is
 * "safe". Deciding plain boundedness needs Karp–Miller ({@code coverability} package), because an
 * unbounded net has an infinite reachability graph.
 */
public final class Bounds {
  private Bounds() {}

  /** Maximal tokens per place over the stored states. */
  public static PlaceBounds placeBounds(ReachabilityGraph g) {
    PetriNet net = g.net();
    int[] max = new int[net.placeCount()];
    for (int s = 0; s < g.stateCount(); s++) {
      for (int p = 0; p < max.length; p++) {
        max[p] = Math.max(max[p], g.tokens(s, p));
      }
    }
    Map<String, Integer> byId = new LinkedHashMap<>();
    for (int p = 0; p < max.length; p++) {
      byId.put(net.place(p).id(), max[p]);
    }
    if (g.isComplete()) {
      return new PlaceBounds.Exact(byId, g.stateCount());
    }
    return new PlaceBounds.AtLeast(
        byId, g.truncation().map(Truncation::reason).orElseThrow(), g.stateCount());
  }

  /** Whether every reachable marking has at most {@code k} tokens on every place. */
  public static Verdict kBounded(ReachabilityGraph g, int k) {
    String property = k + "-boundedness";
    PetriNet net = g.net();
    for (int s = 0; s < g.stateCount(); s++) {
      for (int p = 0; p < net.placeCount(); p++) {
        if (g.tokens(s, p) > k) {
          return new Verdict.Violated(
              property,
              "place '"
                  + net.place(p).id()
                  + "' holds "
                  + g.tokens(s, p)
                  + " tokens in "
                  + net.describe(g.marking(s)),
              g.witnessTo(s));
        }
      }
    }
    return Verdicts.holdsIfComplete(property, g);
  }

  /** {@link #kBounded} with k = 1. */
  public static Verdict safe(ReachabilityGraph g) {
    return kBounded(g, 1);
  }
}
