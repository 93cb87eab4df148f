package dev.airproof.petri.mcc;

import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ReachabilityGraph;
import java.util.ArrayList;
import java.util.List;

/** Stateless; evaluation of temporal-free MCC formulas on the states of a reachability graph. */
final class StateFormulas {
  private StateFormulas() {}

  /** True iff {@code f} has no path quantifier or temporal operator. */
  static boolean isState(Formula f) {
    return switch (f) {
      case Formula.BooleanConstant c -> true;
      case Formula.Deadlock d -> true;
      case Formula.IntegerLe le -> true;
      case Formula.IsFireable fire -> true;
      case Formula.Not n -> isState(n.operand());
      case Formula.And a -> a.operands().stream().allMatch(StateFormulas::isState);
      case Formula.Or o -> o.operands().stream().allMatch(StateFormulas::isState);
      case Formula.ExistsPath e -> false;
      case Formula.AllPaths a -> false;
      case Formula.Finally fin -> false;
      case Formula.Globally g -> false;
      case Formula.Next n -> false;
      case Formula.Until u -> false;
    };
  }

  /** The value of state formula {@code f} in state {@code s}. */
  static boolean holds(ReachabilityGraph g, int s, Formula f) {
    return switch (f) {
      case Formula.BooleanConstant c -> c.value();
      case Formula.Deadlock d -> g.net().enabled(g.marking(s)).isEmpty();
      case Formula.IntegerLe le -> value(g, s, le.left()) <= value(g, s, le.right());
      case Formula.IsFireable fire -> fireable(g, s, fire.transitions());
      case Formula.Not n -> !holds(g, s, n.operand());
      case Formula.And a -> a.operands().stream().allMatch(x -> holds(g, s, x));
      case Formula.Or o -> o.operands().stream().anyMatch(x -> holds(g, s, x));
      case Formula.ExistsPath e -> temporal();
      case Formula.AllPaths a -> temporal();
      case Formula.Finally fin -> temporal();
      case Formula.Globally gl -> temporal();
      case Formula.Next n -> temporal();
      case Formula.Until u -> temporal();
    };
  }

  private static boolean temporal() {
    throw new IllegalArgumentException("not a state formula (callers check isState first)");
  }

  private static boolean fireable(ReachabilityGraph g, int s, List<String> transitions) {
    PetriNet net = g.net();
    for (String t : transitions) {
      int i = net.transitionIndex(t).orElseThrow(() -> unknown("transition", t));
      if (net.isEnabled(g.marking(s), i)) {
        return true;
      }
    }
    return false;
  }

  private static long value(ReachabilityGraph g, int s, IntExpr e) {
    return switch (e) {
      case IntExpr.IntegerConstant c -> c.value();
      case IntExpr.TokensCount t -> sum(g, s, places(g.net(), t.places()));
    };
  }

  static long sum(ReachabilityGraph g, int s, int[] places) {
    long sum = 0;
    for (int p : places) {
      sum += g.tokens(s, p);
    }
    return sum;
  }

  static int[] places(PetriNet net, List<String> ids) {
    return ids.stream()
        .mapToInt(id -> net.placeIndex(id).orElseThrow(() -> unknown("place", id)))
        .toArray();
  }

  private static IllegalArgumentException unknown(String kind, String id) {
    return new IllegalArgumentException("the net has no " + kind + " '" + id + "'");
  }

  static List<String> unknownNames(PetriNet net, Query q) {
    List<String> missing = new ArrayList<>();
    switch (q) {
      case Query.PlaceBound pb ->
          pb.places().stream().filter(p -> net.placeIndex(p).isEmpty()).forEach(missing::add);
      case Query.BooleanQuery b -> collect(net, b.formula(), missing);
    }
    return List.copyOf(missing);
  }

  private static void collect(PetriNet net, Formula f, List<String> missing) {
    switch (f) {
      case Formula.BooleanConstant c -> {}
      case Formula.Deadlock d -> {}
      case Formula.IntegerLe le -> {
        collect(net, le.left(), missing);
        collect(net, le.right(), missing);
      }
      case Formula.IsFireable fire ->
          fire.transitions().stream()
              .filter(t -> net.transitionIndex(t).isEmpty())
              .forEach(missing::add);
      case Formula.Not n -> collect(net, n.operand(), missing);
      case Formula.And a -> a.operands().forEach(x -> collect(net, x, missing));
      case Formula.Or o -> o.operands().forEach(x -> collect(net, x, missing));
      case Formula.ExistsPath e -> collect(net, e.operand(), missing);
      case Formula.AllPaths a -> collect(net, a.operand(), missing);
      case Formula.Finally fin -> collect(net, fin.operand(), missing);
      case Formula.Globally g -> collect(net, g.operand(), missing);
      case Formula.Next n -> collect(net, n.operand(), missing);
      case Formula.Until u -> {
        collect(net, u.before(), missing);
        collect(net, u.reach(), missing);
      }
    }
  }

  private static void collect(PetriNet net, IntExpr e, List<String> missing) {
    switch (e) {
      case IntExpr.IntegerConstant c -> {}
      case IntExpr.TokensCount t ->
          t.places().stream().filter(p -> net.placeIndex(p).isEmpty()).forEach(missing::add);
    }
  }
}
