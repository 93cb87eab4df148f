package dev.airproof.petri.mcc;

import dev.airproof.petri.mcc.Formula.AllPaths;
import dev.airproof.petri.mcc.Formula.And;
import dev.airproof.petri.mcc.Formula.ExistsPath;
import dev.airproof.petri.mcc.Formula.Finally;
import dev.airproof.petri.mcc.Formula.Globally;
import dev.airproof.petri.mcc.Formula.IntegerLe;
import dev.airproof.petri.mcc.Formula.IsFireable;
import dev.airproof.petri.mcc.Formula.Not;
import dev.airproof.petri.mcc.Formula.Or;
import dev.airproof.petri.mcc.IntExpr.IntegerConstant;
import dev.airproof.petri.mcc.IntExpr.TokensCount;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import java.util.ArrayList;
import java.util.List;

/**
 * Stateless; the usual questions as MCC queries. The comment of each names its examination; the
 * workflow ones let MCC tools decide soundness conditions on airproof's PNML.
 */
public final class MccQueries {
  private MccQueries() {}

  /** ReachabilityDeadlock: {@code EF deadlock}. */
  public static Query deadlock() {
    return new Query.BooleanQuery(new ExistsPath(new Finally(new Formula.Deadlock())));
  }

  /** UpperBounds: the maximal token sum of {@code places}. */
  public static Query upperBound(List<String> places) {
    return new Query.PlaceBound(places);
  }

  /** ReachabilityCardinality: {@code AG tokens(place) <= k}. */
  public static Query alwaysAtMost(String place, int k) {
    return new Query.BooleanQuery(new AllPaths(new Globally(atMost(List.of(place), k))));
  }

  /** ReachabilityCardinality: {@code EF k <= tokens(places)}. */
  public static Query canMark(List<String> places, int k) {
    return new Query.BooleanQuery(new ExistsPath(new Finally(atLeast(places, k))));
  }

  /** ReachabilityFireability: {@code EF is-fireable(transitions)}. */
  public static Query canFire(List<String> transitions) {
    return new Query.BooleanQuery(new ExistsPath(new Finally(new IsFireable(transitions))));
  }

  /** ReachabilityFireability: {@code AG not is-fireable(t)} (t is dead). */
  public static Query neverFires(String transition) {
    return new Query.BooleanQuery(
        new AllPaths(new Globally(new Not(new IsFireable(List.of(transition))))));
  }

  /** CTLFireability: {@code AG EF is-fireable(t)} (t is live). */
  public static Query live(String transition) {
    return new Query.BooleanQuery(
        new AllPaths(
            new Globally(new ExistsPath(new Finally(new IsFireable(List.of(transition)))))));
  }

  /**
   * CTLCardinality: {@code AG EF (marking = m)}: m is a home marking (option to complete for [o]).
   */
  public static Query homeMarking(PetriNet net, Marking m) {
    return new Query.BooleanQuery(
        new AllPaths(new Globally(new ExistsPath(new Finally(equal(net, m))))));
  }

  /**
   * ReachabilityCardinality, proper completion of a workflow net with sink {@code sink}: {@code AG
   * (1 <= tokens(sink) implies (tokens(sink) <= 1 and tokens(other places) <= 0))}.
   */
  public static Query properCompletion(PetriNet net, String sink) {
    List<String> others = new ArrayList<>();
    net.places()
        .forEach(
            p -> {
              if (!p.id().equals(sink)) {
                others.add(p.id());
              }
            });
    Formula clean =
        others.isEmpty()
            ? atMost(List.of(sink), 1)
            : new And(List.of(atMost(List.of(sink), 1), atMost(others, 0)));
    Formula implication = new Or(List.of(new Not(atLeast(List.of(sink), 1)), clean));
    return new Query.BooleanQuery(new AllPaths(new Globally(implication)));
  }

  /** The state formula "the marking is exactly {@code m}". */
  public static Formula equal(PetriNet net, Marking m) {
    List<Formula> parts = new ArrayList<>();
    for (int p = 0; p < net.placeCount(); p++) {
      List<String> place = List.of(net.place(p).id());
      parts.add(atMost(place, m.get(p)));
      if (m.get(p) > 0) {
        parts.add(atLeast(place, m.get(p)));
      }
    }
    return parts.size() == 1 ? parts.get(0) : new And(parts);
  }

  /** {@code tokens(places) <= k}. */
  public static Formula atMost(List<String> places, int k) {
    return new IntegerLe(new TokensCount(places), new IntegerConstant(k));
  }

  /** {@code k <= tokens(places)}. */
  public static Formula atLeast(List<String> places, int k) {
    return new IntegerLe(new IntegerConstant(k), new TokensCount(places));
  }
}
