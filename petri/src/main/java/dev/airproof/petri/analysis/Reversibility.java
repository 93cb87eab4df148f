package dev.airproof.petri.analysis;

import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * Stateless; home markings and reversibility.
 *
 * <p>A marking {@code h} is a <em>home marking</em> iff it is reachable from every reachable
 * marking. The net is <em>reversible</em> iff its initial marking is a home marking. "Option to
 * complete" of a workflow net is "[o] is a home marking". Needs a complete graph.
 */
public final class Reversibility {
  /** Property name of reversibility. */
  public static final String REVERSIBILITY = "reversibility";

  private Reversibility() {}

  /** Whether the initial marking is reachable from every reachable marking. */
  public static Verdict reversibility(ReachabilityGraph g) {
    return homeMarking(REVERSIBILITY, g, g.marking(0));
  }

  /** Whether {@code home} is reachable from every reachable marking. */
  public static Verdict homeMarking(ReachabilityGraph g, Marking home) {
    return homeMarking("home marking " + g.net().describe(home), g, home);
  }

  /** {@link #homeMarking(ReachabilityGraph, Marking)} reported under {@code property}. */
  public static Verdict homeMarking(String property, ReachabilityGraph g, Marking home) {
    if (!g.isComplete()) {
      return Verdicts.unknown(property, g);
    }
    PetriNet net = g.net();
    OptionalInt target = g.find(home);
    if (target.isEmpty()) {
      return new Verdict.Violated(
          property,
          net.describe(home) + " is not reachable at all",
          new Witness.Path(List.of(), g.marking(0)));
    }
    BitSet targets = new BitSet();
    targets.set(target.getAsInt());
    BitSet reaching = GraphSearch.canReach(g, targets);
    int s = reaching.nextClearBit(0);
    if (s < g.stateCount()) {
      return new Verdict.Violated(
          property,
          net.describe(home) + " is unreachable from " + net.describe(g.marking(s)),
          g.witnessTo(s));
    }
    return new Verdict.Holds(property, g.stateCount());
  }
}
