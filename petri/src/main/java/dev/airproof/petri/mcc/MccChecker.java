package dev.airproof.petri.mcc;

import dev.airproof.petri.analysis.GraphSearch;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.reach.Truncation;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Stateless; answers MCC properties on a reachability graph: {@code EF φ}, {@code AG φ}, {@code AG
 * EF φ} with φ a state formula (no temporal operators), {@code deadlock} and place bounds. Other
 * shapes give {@code CannotCompute}. On a truncated graph, EF-true and AG-false answers (a stored
 * state is a real witness) are still given; everything else is {@code CannotCompute}.
 */
public final class MccChecker {
  private MccChecker() {}

  /** The outcome of {@code property} on {@code g}. */
  public static MccOutcome check(ReachabilityGraph g, Property property) {
    return switch (property.query()) {
      case Query.PlaceBound pb -> bound(g, pb.places());
      case Query.BooleanQuery b -> formula(g, b.formula());
    };
  }

  private static MccOutcome formula(ReachabilityGraph g, Formula f) {
    if (f instanceof Formula.ExistsPath(Formula.Finally(Formula phi))
        && StateFormulas.isState(phi)) {
      return ef(g, phi);
    }
    if (f instanceof Formula.AllPaths(Formula.Globally(Formula phi))
        && StateFormulas.isState(phi)) {
      return ag(g, phi);
    }
    if (f
            instanceof
            Formula.AllPaths(Formula.Globally(Formula.ExistsPath(Formula.Finally(Formula phi))))
        && StateFormulas.isState(phi)) {
      return agEf(g, phi);
    }
    if (StateFormulas.isState(f)) {
      return new MccOutcome.Answer(StateFormulas.holds(g, 0, f), Optional.empty());
    }
    return new MccOutcome.CannotCompute(
        "unsupported formula shape (only EF, AG and AG EF of state formulas)", g.stateCount());
  }

  private static MccOutcome ef(ReachabilityGraph g, Formula phi) {
    for (int s = 0; s < g.stateCount(); s++) {
      if (StateFormulas.holds(g, s, phi)) {
        return new MccOutcome.Answer(true, Optional.of(g.witnessTo(s)));
      }
    }
    return complete(g, new MccOutcome.Answer(false, Optional.empty()));
  }

  private static MccOutcome ag(ReachabilityGraph g, Formula phi) {
    for (int s = 0; s < g.stateCount(); s++) {
      if (!StateFormulas.holds(g, s, phi)) {
        return new MccOutcome.Answer(false, Optional.of(g.witnessTo(s)));
      }
    }
    return complete(g, new MccOutcome.Answer(true, Optional.empty()));
  }

  private static MccOutcome agEf(ReachabilityGraph g, Formula phi) {
    if (!g.isComplete()) {
      return cannot(g);
    }
    BitSet targets = new BitSet();
    for (int s = 0; s < g.stateCount(); s++) {
      if (StateFormulas.holds(g, s, phi)) {
        targets.set(s);
      }
    }
    int bad = GraphSearch.canReach(g, targets).nextClearBit(0);
    return bad < g.stateCount()
        ? new MccOutcome.Answer(false, Optional.of(g.witnessTo(bad)))
        : new MccOutcome.Answer(true, Optional.empty());
  }

  private static MccOutcome bound(ReachabilityGraph g, List<String> places) {
    if (!g.isComplete()) {
      return cannot(g);
    }
    int[] idx = StateFormulas.places(g.net(), places);
    long max = 0;
    for (int s = 0; s < g.stateCount(); s++) {
      max = Math.max(max, StateFormulas.sum(g, s, idx));
    }
    return max > Integer.MAX_VALUE
        ? new MccOutcome.CannotCompute("bound exceeds int range", g.stateCount())
        : new MccOutcome.Bound((int) max);
  }

  private static MccOutcome complete(ReachabilityGraph g, MccOutcome answer) {
    return g.isComplete() ? answer : cannot(g);
  }

  private static MccOutcome cannot(ReachabilityGraph g) {
    return new MccOutcome.CannotCompute(
        g.truncation().map(Truncation::reason).orElse("incomplete"), g.stateCount());
  }

  /** The places and transitions a property names that {@code net} does not have. */
  public static List<String> unknownNames(PetriNet net, Property property) {
    return StateFormulas.unknownNames(net, property.query());
  }
}
