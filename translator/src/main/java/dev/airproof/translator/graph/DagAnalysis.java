package dev.airproof.translator.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Analyses of an {@link AirDag}: topological order, critical paths (longest weighted paths from the
 * start), the maximum parallel width of calls and the calls reachable only through error paths.
 */
public final class DagAnalysis {
  private final AirDag dag;
  private final List<DagNode> order;

  /** Analyses of {@code dag}. */
  public DagAnalysis(AirDag dag) {
    this.dag = dag;
    List<DagNode> o = new ArrayList<>();
    new TopologicalOrderIterator<>(dag.graph(), java.util.Comparator.comparingInt(DagNode::id))
        .forEachRemaining(o::add);
    this.order = List.copyOf(o);
  }

  /**
   * Immutable; a longest path and its length.
   *
   * @param length the path's weight (hops or calls)
   * @param nodes the path from the start
   */
  public record Path(int length, List<DagNode> nodes) {
    public Path {
      nodes = List.copyOf(nodes);
    }
  }

  /** The nodes in a topological order (ties broken by source order). */
  public List<DagNode> topologicalOrder() {
    return order;
  }

  /**
   * The critical path in network hops: the longest path along control and data edges (the normal,
   * error-free execution) counting the edges whose two ends run on different peers. This bounds the
   * latency of a run in particle transfers.
   */
  public Path criticalPathInHops() {
    // Longest path over (node, peer the particle is on) pairs: a call or canon moves the particle to
    // its peer (one hop if that differs), any other node leaves it where it is.
    record At(DagNode node, String peer) {}
    Map<At, Integer> best = new HashMap<>();
    Map<At, At> via = new HashMap<>();
    At first = new At(dag.start(), dag.start().peer());
    best.put(first, 0);
    Map<DagNode, List<At>> byNode = new HashMap<>();
    byNode.computeIfAbsent(dag.start(), k -> new ArrayList<>()).add(first);
    for (DagNode n : order) {
      for (At here : byNode.getOrDefault(n, List.of())) {
        int hops = best.get(here);
        for (DagEdge e : dag.graph().outgoingEdgesOf(n)) {
          DagNode t = dag.graph().getEdgeTarget(e);
          if (e.kind() == DagEdge.Kind.ERROR || t.errorPath()) {
            continue;
          }
          String peer = t.peer().isEmpty() ? here.peer() : t.peer();
          At there = new At(t, peer);
          int w = hops + (peer.equals(here.peer()) ? 0 : 1);
          if (best.getOrDefault(there, -1) < w) {
            if (!best.containsKey(there)) {
              byNode.computeIfAbsent(t, k -> new ArrayList<>()).add(there);
            }
            best.put(there, w);
            via.put(there, here);
          }
        }
      }
    }
    At end = first;
    for (Map.Entry<At, Integer> e : best.entrySet()) {
      int c = Integer.compare(e.getValue(), best.get(end));
      if (c > 0 || (c == 0 && e.getKey().node().id() < end.node().id() && e.getValue() > 0)) {
        end = e.getKey();
      }
    }
    List<DagNode> path = new ArrayList<>();
    for (At a = end; a != null; a = via.get(a)) {
      path.add(a.node());
    }
    Collections.reverse(path);
    return new Path(best.get(end), path);
  }

  /** The critical path in calls: the longest path along control and data edges counting call nodes. */
  public Path criticalPathInCalls() {
    return longest((from, to) -> to.kind() == DagNode.Kind.CALL ? 1 : 0, false);
  }

  private Path longest(ToIntBiFunction<DagNode, DagNode> weight, boolean withErrors) {
    Map<DagNode, Integer> best = new HashMap<>();
    Map<DagNode, DagNode> via = new HashMap<>();
    best.put(dag.start(), 0);
    for (DagNode n : order) {
      Integer here = best.get(n);
      if (here == null) {
        continue;
      }
      for (DagEdge e : dag.graph().outgoingEdgesOf(n)) {
        if (!withErrors && e.kind() == DagEdge.Kind.ERROR) {
          continue;
        }
        DagNode t = dag.graph().getEdgeTarget(e);
        if (t.errorPath() && !withErrors) {
          continue;
        }
        int w = here + weight.applyAsInt(n, t);
        if (best.getOrDefault(t, -1) < w) {
          best.put(t, w);
          via.put(t, n);
        }
      }
    }
    DagNode end = dag.start();
    for (Map.Entry<DagNode, Integer> e : best.entrySet()) {
      if (e.getValue() > best.get(end) || (e.getValue().equals(best.get(end)) && e.getKey().id() > end.id())) {
        end = e.getKey();
      }
    }
    List<DagNode> path = new ArrayList<>();
    for (DagNode n = end; n != null; n = via.get(n)) {
      path.add(n);
    }
    Collections.reverse(path);
    return new Path(best.get(end), path);
  }

  /**
   * The maximum number of calls that can run in parallel: the largest set of call nodes no two of
   * which are ordered by a path (a maximum antichain; Dilworth: calls minus a maximum matching of the
   * reachability relation).
   */
  public int maxParallelCalls() {
    List<DagNode> calls = order.stream().filter(n -> n.kind() == DagNode.Kind.CALL && !n.errorPath())
        .toList();
    if (calls.isEmpty()) {
      return 0;
    }
    Map<DagNode, java.util.Set<DagNode>> reach = reachability();
    Graph<Object, DefaultEdge> bip = new SimpleGraph<>(DefaultEdge.class);
    java.util.Set<Object> left = new java.util.HashSet<>();
    java.util.Set<Object> right = new java.util.HashSet<>();
    for (DagNode c : calls) {
      Object l = "L" + c.id();
      Object r = "R" + c.id();
      bip.addVertex(l);
      bip.addVertex(r);
      left.add(l);
      right.add(r);
    }
    for (DagNode a : calls) {
      for (DagNode b : calls) {
        if (a != b && reach.get(a).contains(b)) {
          bip.addEdge("L" + a.id(), "R" + b.id());
        }
      }
    }
    int matching = new HopcroftKarpMaximumCardinalityBipartiteMatching<>(bip, left, right)
        .getMatching().getEdges().size();
    return calls.size() - matching;
  }

  private Map<DagNode, java.util.Set<DagNode>> reachability() {
    Map<DagNode, java.util.Set<DagNode>> reach = new HashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      DagNode n = order.get(i);
      java.util.Set<DagNode> r = new java.util.HashSet<>();
      for (DagEdge e : dag.graph().outgoingEdgesOf(n)) {
        if (e.kind() == DagEdge.Kind.ERROR) {
          continue;
        }
        DagNode t = dag.graph().getEdgeTarget(e);
        r.add(t);
        r.addAll(reach.get(t));
      }
      reach.put(n, r);
    }
    return reach;
  }

  /** The calls that run only when something failed (inside the right branch of an xor). */
  public List<DagNode> errorOnlyCalls() {
    return order.stream().filter(n -> n.kind() == DagNode.Kind.CALL && n.errorPath()).toList();
  }
}
