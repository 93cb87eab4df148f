package dev.airproof.petri.analysis;

import dev.airproof.petri.reach.Predecessors;
import dev.airproof.petri.reach.ReachabilityGraph;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Stateless; breadth-first searches inside a reachability graph, forwards and backwards. */
public final class GraphSearch {
  private GraphSearch() {}

  /**
   * The states from which some state in {@code targets} is reachable (including the targets),
   * following recorded edges backwards.
   */
  public static BitSet canReach(ReachabilityGraph g, BitSet targets) {
    Predecessors pred = g.predecessors();
    BitSet seen = (BitSet) targets.clone();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    targets.stream().forEach(queue::add);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int k = 0; k < pred.inDegree(s); k++) {
        int src = g.edgeSource(pred.edge(s, k));
        if (!seen.get(src)) {
          seen.set(src);
          queue.add(src);
        }
      }
    }
    return seen;
  }

  /**
   * Transition indices of a shortest non-empty firing sequence from {@code from} to a state
   * satisfying {@code target}, following recorded edges; empty if there is none.
   */
  public static Optional<int[]> shortestPath(ReachabilityGraph g, int from, IntPredicate target) {
    int[] viaEdge = new int[g.stateCount()];
    Arrays.fill(viaEdge, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    BitSet seen = new BitSet();
    seen.set(from);
    queue.add(from);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      if (!g.isExpanded(s)) {
        continue;
      }
      for (int e = g.firstEdge(s); e < g.endEdge(s); e++) {
        int t = g.edgeTarget(e);
        if (target.test(t)) {
          return Optional.of(trace(g, viaEdge, s, e));
        }
        if (!seen.get(t)) {
          seen.set(t);
          viaEdge[t] = e;
          queue.add(t);
        }
      }
    }
    return Optional.empty();
  }

  private static int[] trace(ReachabilityGraph g, int[] viaEdge, int last, int lastEdge) {
    int length = 1;
    for (int v = last; viaEdge[v] >= 0; v = g.edgeSource(viaEdge[v])) {
      length++;
    }
    int[] path = new int[length];
    path[length - 1] = g.edgeTransition(lastEdge);
    int i = length - 2;
    for (int v = last; viaEdge[v] >= 0; v = g.edgeSource(viaEdge[v])) {
      path[i--] = g.edgeTransition(viaEdge[v]);
    }
    return path;
  }
}
