package dev.airproof.petri.analysis;

import dev.airproof.petri.model.Marking;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.List;
import java.util.function.Predicate;

/**
 * Stateless; user-defined marking predicates checked over the reachable markings, with shortest
 * witnesses: invariants (AG φ), reachability (EF φ) and "every dead marking satisfies φ" (e.g.
 * "every run that stops has completed"). Violations found in a truncated graph are real.
 */
public final class MarkingPredicates {
  private MarkingPredicates() {}

  /**
   * {@code AG φ}: every reachable marking satisfies {@code phi}; else a shortest path to one that
   * does not.
   */
  public static Verdict invariant(ReachabilityGraph g, String property, Predicate<Marking> phi) {
    for (int s = 0; s < g.stateCount(); s++) {
      if (!phi.test(g.marking(s))) {
        return new Verdict.Violated(
            property, g.net().describe(g.marking(s)) + " violates it", g.witnessTo(s));
      }
    }
    return Verdicts.holdsIfComplete(property, g);
  }

  /**
   * {@code EF φ} read as a property to refute: {@code Holds} means "no reachable marking satisfies
   * {@code phi}"; a reachable one is reported as {@code Violated} with a shortest path to it.
   */
  public static Verdict unreachable(ReachabilityGraph g, String property, Predicate<Marking> phi) {
    return invariant(g, property, phi.negate());
  }

  /**
   * {@code EF φ} as a property to establish: {@code Holds} if some reachable marking satisfies
   * {@code phi}; {@code Violated} (exhaustive) if none does in the complete graph.
   */
  public static Verdict reachable(ReachabilityGraph g, String property, Predicate<Marking> phi) {
    for (int s = 0; s < g.stateCount(); s++) {
      if (phi.test(g.marking(s))) {
        return new Verdict.Holds(property, s + 1L);
      }
    }
    if (!g.isComplete()) {
      return Verdicts.unknown(property, g);
    }
    return new Verdict.Violated(
        property,
        "no reachable marking satisfies it",
        new Witness.Exhaustive(g.stateCount(), List.of(property)));
  }

  /**
   * Every dead reachable marking satisfies {@code phi}; else a shortest path to one that does not.
   */
  public static Verdict deadMarkingsSatisfy(
      ReachabilityGraph g, String property, Predicate<Marking> phi) {
    for (int s = 0; s < g.expandedCount(); s++) {
      if (g.outDegree(s) == 0 && !phi.test(g.marking(s))) {
        return new Verdict.Violated(
            property,
            "the run stops in " + g.net().describe(g.marking(s)) + ", which violates it",
            g.witnessTo(s));
      }
    }
    return Verdicts.holdsIfComplete(property, g);
  }
}
