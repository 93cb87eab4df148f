package dev.airproof.properties.petri;

import dev.airproof.interpreter.ast.Span;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.properties.explorer.ExecutedCall;
import dev.airproof.properties.explorer.ExplorationResult;
import dev.airproof.properties.explorer.ExplorerState;
import dev.airproof.translator.petri.NetAnalysis;
import dev.airproof.translator.petri.NetElement;
import dev.airproof.translator.petri.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cross-checks the net against the explorer: the net over-approximates the script, so the calls
 * executed in every quiescent state of the explorer (by call position and outcome) must be the call
 * transitions of some net run that ends in a dead marking. A quiescent state the net cannot
 * reproduce is a bug in the translation or in the interpreter. Stateless.
 */
public final class NetExplorerComparison {
  private NetExplorerComparison() {}

  /**
   * Immutable; the calls of one run, as a multiset of (position, outcome).
   *
   * @param calls call position to how many times it succeeded ({@code ok}) or failed
   */
  public record CallMultiset(Map<Outcome, Integer> calls) {
    public CallMultiset {
      calls = Map.copyOf(calls);
    }

    /** The multiset of {@code outcomes}. */
    public static CallMultiset of(List<Outcome> outcomes) {
      Map<Outcome, Integer> m = new TreeMap<>();
      outcomes.forEach(o -> m.merge(o, 1, Integer::sum));
      return new CallMultiset(m);
    }
  }

  /**
   * Immutable; one call outcome at a position.
   *
   * @param line line of the call
   * @param column column of the call
   * @param ok true for success (ret code 0)
   */
  public record Outcome(int line, int column, boolean ok) implements Comparable<Outcome> {
    @Override
    public int compareTo(Outcome o) {
      int c = Integer.compare(line, o.line);
      c = c != 0 ? c : Integer.compare(column, o.column);
      return c != 0 ? c : Boolean.compare(ok, o.ok);
    }

    static Outcome of(Span s, boolean ok) {
      return new Outcome(s.line(), s.column(), ok);
    }
  }

  /**
   * Immutable; the outcome of a comparison.
   *
   * @param observed the explorer's distinct quiescent call multisets
   * @param unexplained those no net run reproduces (must be empty)
   * @param netOnly when the net has no data choice (every run of the net is realisable): the net's
   *     terminal call multisets the explorer never reached (must be empty too)
   */
  public record Report(Set<CallMultiset> observed, List<CallMultiset> unexplained,
      Optional<Set<CallMultiset>> netOnly) {
    public Report {
      observed = Set.copyOf(observed);
      unexplained = List.copyOf(unexplained);
      netOnly = netOnly.map(Set::copyOf);
    }

    /** True iff the explorer and the net agree. */
    public boolean agrees() {
      return unexplained.isEmpty() && netOnly.map(Set::isEmpty).orElse(true);
    }
  }

  /**
   * Compares an exploration of the script with its net. Needs the same script (same spans) and the
   * net translated with calls failing exactly when the explorer's services may fail.
   */
  public static Report compare(ExplorationResult explored, NetAnalysis net) {
    Set<CallMultiset> observed = quiescentCalls(explored);
    Optional<Set<CallMultiset>> netOnly = Optional.empty();
    if (callChoiceFree(net) && net.graph().isComplete()) {
      netOnly = terminalCalls(net, 100_000).map(all -> {
        Set<CallMultiset> only = new LinkedHashSet<>(all);
        only.removeAll(observed);
        return only;
      });
    }
    return new Report(observed, unexplained(net, observed), netOnly);
  }

  /**
   * True iff no data choice of the net can change which calls run: its only data choices, if any,
   * are {@code complete} / {@code complete-elsewhere} at an end whose peer is statically unknown,
   * which fire last and call nothing. Then every terminal call multiset of the net is one of the
   * script's (for some values) and the two sets must be equal.
   */
  public static boolean callChoiceFree(NetAnalysis net) {
    return net.translation().elements().values().stream().noneMatch(e -> e.dataChoice()
        && e.role() != Role.COMPLETE && e.role() != Role.COMPLETE_ELSEWHERE);
  }

  /**
   * The call multisets of the net's runs that end in a dead marking (forward propagation over the
   * acyclic reachability graph); empty if more than {@code limit} (state, multiset) pairs arise or
   * the graph is incomplete.
   */
  public static Optional<Set<CallMultiset>> terminalCalls(NetAnalysis net, int limit) {
    ReachabilityGraph g = net.graph();
    if (!g.isComplete()) {
      return Optional.empty();
    }
    int[] indegree = new int[g.stateCount()];
    for (int s = 0; s < g.stateCount(); s++) {
      for (int e = g.firstEdge(s); e < g.endEdge(s); e++) {
        indegree[g.edgeTarget(e)]++;
      }
    }
    List<Set<Map<Outcome, Integer>>> sets = new ArrayList<>();
    for (int s = 0; s < g.stateCount(); s++) {
      sets.add(new HashSet<>());
    }
    sets.get(0).add(Map.of());
    ArrayDeque<Integer> ready = new ArrayDeque<>(List.of(0));
    Set<CallMultiset> out = new LinkedHashSet<>();
    long pairs = 1;
    while (!ready.isEmpty()) {
      int s = ready.poll();
      if (g.outDegree(s) == 0) {
        sets.get(s).forEach(m -> out.add(new CallMultiset(m)));
      }
      for (int e = g.firstEdge(s); e < g.endEdge(s); e++) {
        int t = g.edgeTarget(e);
        NetElement tr = net.translation().transitionElement(g.edgeTransition(e));
        for (Map<Outcome, Integer> m : sets.get(s)) {
          pairs += sets.get(t).add(plus(m, tr)) ? 1 : 0;
        }
        if (pairs > limit) {
          return Optional.empty();
        }
        if (--indegree[t] == 0) {
          ready.add(t);
        }
      }
      sets.set(s, Set.of());
    }
    return Optional.of(out);
  }

  private static Map<Outcome, Integer> plus(Map<Outcome, Integer> m, NetElement t) {
    if (t.role() != Role.CALL_OK && t.role() != Role.CALL_FAIL) {
      return m;
    }
    Map<Outcome, Integer> next = new TreeMap<>(m);
    next.merge(Outcome.of(t.span(), t.role() == Role.CALL_OK), 1, Integer::sum);
    return Map.copyOf(next);
  }

  /** The distinct call multisets of the explorer's quiescent states. */
  public static Set<CallMultiset> quiescentCalls(ExplorationResult r) {
    Set<CallMultiset> out = new LinkedHashSet<>();
    for (int s : r.quiescent()) {
      ExplorerState st = r.space().state(s);
      List<Outcome> calls = new ArrayList<>();
      for (ExecutedCall c : st.executed()) {
        calls.add(Outcome.of(c.site().span(), c.retCode() == 0));
      }
      out.add(CallMultiset.of(calls));
    }
    return out;
  }

  /** The observed multisets no net run ending in a dead marking reproduces (empty: agreement). */
  public static List<CallMultiset> unexplained(NetAnalysis net, Set<CallMultiset> observed) {
    List<CallMultiset> out = new ArrayList<>();
    for (CallMultiset m : observed) {
      if (!reproducible(net, m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * True iff some run of the net from the initial marking fires exactly the call outcomes of
   * {@code m} and ends in a dead marking (search over markings × calls still to fire).
   */
  public static boolean reproducible(NetAnalysis net, CallMultiset m) {
    ReachabilityGraph g = net.graph();
    record Node(int state, Map<Outcome, Integer> left) {
      Node {
        Objects.requireNonNull(left);
      }
    }
    ArrayDeque<Node> queue = new ArrayDeque<>(List.of(new Node(0, m.calls())));
    Set<Node> seen = new HashSet<>(queue);
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      if (!g.isExpanded(n.state())) {
        continue;
      }
      if (g.outDegree(n.state()) == 0 && n.left().values().stream().allMatch(v -> v == 0)) {
        return true;
      }
      for (int e = g.firstEdge(n.state()); e < g.endEdge(n.state()); e++) {
        NetElement t = net.translation().transitionElement(g.edgeTransition(e));
        Map<Outcome, Integer> left = n.left();
        if (t.role() == Role.CALL_OK || t.role() == Role.CALL_FAIL) {
          Outcome o = Outcome.of(t.span(), t.role() == Role.CALL_OK);
          if (left.getOrDefault(o, 0) == 0) {
            continue;
          }
          Map<Outcome, Integer> next = new TreeMap<>(left);
          next.merge(o, -1, Integer::sum);
          left = Map.copyOf(next);
        }
        Node to = new Node(g.edgeTarget(e), left);
        if (seen.add(to)) {
          queue.add(to);
        }
      }
    }
    return false;
  }
}
