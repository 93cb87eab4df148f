package dev.airproof.petri.analysis;

import dev.airproof.petri.model.Marking;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Stateless; dead markings (no transition enabled) of a reachability graph.
 *
 * <p>Deadlock freedom: no reachable marking is dead. The witness of a violation is a shortest
 * firing sequence to a dead marking.
 */
public final class Deadlocks {
  /** The property name used in verdicts. */
  public static final String PROPERTY = "deadlock freedom";

  private Deadlocks() {}

  /** Whether no reachable marking is dead. */
  public static Verdict deadlockFreedom(ReachabilityGraph g) {
    for (int s = 0; s < g.expandedCount(); s++) {
      if (g.outDegree(s) == 0) {
        return new Verdict.Violated(
            PROPERTY,
            "the dead marking " + g.net().describe(g.marking(s)) + " is reachable",
            g.witnessTo(s));
      }
    }
    return Verdicts.holdsIfComplete(PROPERTY, g);
  }

  /** The dead markings among the expanded states, in BFS order. */
  public static List<Marking> deadMarkings(ReachabilityGraph g) {
    List<Marking> result = new ArrayList<>();
    for (int s = 0; s < g.expandedCount(); s++) {
      if (g.outDegree(s) == 0) {
        result.add(g.marking(s));
      }
    }
    return List.copyOf(result);
  }
}
