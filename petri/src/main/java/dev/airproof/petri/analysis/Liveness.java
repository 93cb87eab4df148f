package dev.airproof.petri.analysis;

import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Stateless; dead transitions and liveness.
 *
 * <p>A transition is <em>dead</em> iff no reachable marking enables it (it is not L1-live). A
 * transition is <em>live</em> (L4) iff from every reachable marking some marking enabling it is
 * reachable; on a finite reachability graph that holds iff every bottom strongly connected
 * component has an edge labelled with it. The net is live iff all its transitions are.
 */
public final class Liveness {
  /** Property name: no transition is dead (quasi-liveness). */
  public static final String NO_DEAD_TRANSITIONS = "no dead transitions";

  /** Property name: every transition is live (L4). */
  public static final String LIVENESS = "liveness";

  private Liveness() {}

  /** Transitions labelling some recorded edge. */
  static BitSet firedTransitions(ReachabilityGraph g) {
    BitSet fired = new BitSet();
    for (int e = 0; e < g.edgeCount(); e++) {
      fired.set(g.edgeTransition(e));
    }
    return fired;
  }

  /**
   * Ids of transitions labelling no recorded edge, in index order: the dead transitions if {@code
   * g} is complete, candidates otherwise.
   */
  public static List<String> deadTransitions(ReachabilityGraph g) {
    BitSet fired = firedTransitions(g);
    List<String> dead = new ArrayList<>();
    for (int t = 0; t < g.net().transitionCount(); t++) {
      if (!fired.get(t)) {
        dead.add(g.net().transition(t).id());
      }
    }
    return List.copyOf(dead);
  }

  /** Whether every transition fires in some reachable marking. */
  public static Verdict noDeadTransitions(ReachabilityGraph g) {
    List<String> dead = deadTransitions(g);
    if (dead.isEmpty()) {
      return new Verdict.Holds(NO_DEAD_TRANSITIONS, g.stateCount());
    }
    if (!g.isComplete()) {
      return Verdicts.unknown(NO_DEAD_TRANSITIONS, g);
    }
    return new Verdict.Violated(
        NO_DEAD_TRANSITIONS,
        "no reachable marking enables " + String.join(", ", dead),
        new Witness.Exhaustive(g.stateCount(), dead));
  }

  /** Whether every transition is live (L4). */
  public static Verdict liveness(ReachabilityGraph g) {
    if (!g.isComplete()) {
      return Verdicts.unknown(LIVENESS, g);
    }
    Components c = Components.of(g);
    BitSet[] firedIn = firedInComponents(g, c);
    PetriNet net = g.net();
    for (int s = 0; s < g.stateCount(); s++) {
      BitSet fired = firedIn[c.componentOf(s)];
      if (c.isBottom(c.componentOf(s)) && fired.cardinality() < net.transitionCount()) {
        int t = fired.nextClearBit(0);
        return new Verdict.Violated(
            LIVENESS,
            "after reaching "
                + net.describe(g.marking(s))
                + " transition '"
                + net.transition(t).id()
                + "' can never fire again",
            g.witnessTo(s));
      }
    }
    return new Verdict.Holds(LIVENESS, g.stateCount());
  }

  /**
   * Ids of the transitions that are not live (L4), in index order: those missing from some bottom
   * strongly connected component. Empty on a truncated graph (undecided).
   */
  public static List<String> nonLiveTransitions(ReachabilityGraph g) {
    if (!g.isComplete()) {
      return List.of();
    }
    Components c = Components.of(g);
    BitSet[] firedIn = firedInComponents(g, c);
    BitSet live = new BitSet();
    live.set(0, g.net().transitionCount());
    for (int comp = 0; comp < c.count(); comp++) {
      if (c.isBottom(comp)) {
        live.and(firedIn[comp]);
      }
    }
    List<String> result = new ArrayList<>();
    for (int t = live.nextClearBit(0);
        t < g.net().transitionCount();
        t = live.nextClearBit(t + 1)) {
      result.add(g.net().transition(t).id());
    }
    return List.copyOf(result);
  }

  /** For each component, the transitions labelling edges leaving its states. */
  private static BitSet[] firedInComponents(ReachabilityGraph g, Components c) {
    BitSet[] firedIn = new BitSet[c.count()];
    for (int comp = 0; comp < c.count(); comp++) {
      firedIn[comp] = new BitSet();
    }
    for (int s = 0; s < g.expandedCount(); s++) {
      for (int e = g.firstEdge(s); e < g.endEdge(s); e++) {
        firedIn[c.componentOf(s)].set(g.edgeTransition(e));
      }
    }
    return firedIn;
  }
}
