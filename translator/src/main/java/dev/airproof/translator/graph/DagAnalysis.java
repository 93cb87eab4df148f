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
  private final java.util.Set<DagNode> runs;

  /** Analyses of {@code dag}. */
  public DagAnalysis(AirDag dag) {
    this.dag = dag;
    List<DagNode> o = new ArrayList<>();
    new TopologicalOrderIterator<>(dag.graph(), java.util.Comparator.comparingInt(DagNode::id))
        .forEachRemaining(o::add);
    this.order = List.copyOf(o);
    this.runs = runs(dag);
  }

  /**
   * The nodes the error-free execution reaches: from the start along control edges, outside error
   * paths. A node that only data edges lead to (e.g. after a {@code fail} or {@code never} in a
   * {@code seq}) never runs, whatever it waits for.
   */
  private static java.util.Set<DagNode> runs(AirDag dag) {
    java.util.Set<DagNode> seen = new java.util.HashSet<>(List.of(dag.start()));
    java.util.ArrayDeque<DagNode> todo = new java.util.ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (DagEdge e : dag.graph().outgoingEdgesOf(todo.poll())) {
        DagNode t = dag.graph().getEdgeTarget(e);
        if (e.kind() == DagEdge.Kind.CONTROL && !t.errorPath() && seen.add(t)) {
          todo.add(t);
        }
      }
    }
    return seen;
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
   * error-free execution, through nodes a control path reaches) counting the edges whose two ends
   * run on different peers. This bounds the latency of a run in particle transfers
   * (docs/petri-semantics.md §6 compares it with the explorer's longest particle chain).
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
          if (e.kind() == DagEdge.Kind.ERROR || t.errorPath() || !runs.contains(t)) {
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

  /**
   * The earliest hop depth of every call of the error-free execution, by {@code line:col} (in
   * source order): the
   * fewest particle transfers after which the call can run. Several control edges into a node are
   * alternatives (a {@code par} continues as soon as either branch completes, an {@code xor} or a
   * fold by either way), so they take the minimum; data edges of scalars and canons are all needed
   * (a call joins on every variable it reads), so they take the maximum; data edges of streams and
   * stream maps are not waited on (a canon takes whatever arrived). A node with a peer of its own (call,
   * canon) runs there, one hop away from a predecessor on another peer; other nodes run where the
   * particle is. Computed over (node, peer) pairs in topological order. The largest value is the
   * latency critical path of the script; docs/petri-semantics.md §6 compares it with the explorer.
   */
  public Map<String, Integer> earliestCallHops() {
    Map<DagNode, Map<String, Integer>> at = new HashMap<>();
    at.put(dag.start(), Map.of(dag.start().peer(), 0));
    Map<String, Integer> out = new java.util.TreeMap<>(java.util.Comparator
        .comparingInt((String pos) -> Integer.parseInt(pos.substring(0, pos.indexOf(':'))))
        .thenComparingInt(pos -> Integer.parseInt(pos.substring(pos.indexOf(':') + 1))));
    for (DagNode n : order) {
      if (n == dag.start() || !runs.contains(n)) {
        continue;
      }
      Map<String, Integer> control = new HashMap<>();
      List<Map<String, Integer>> writers = new ArrayList<>();
      for (DagEdge e : dag.graph().incomingEdgesOf(n)) {
        Map<String, Integer> there = at.get(dag.graph().getEdgeSource(e));
        if (e.kind() == DagEdge.Kind.ERROR || there == null) {
          continue;
        }
        if (e.kind() == DagEdge.Kind.DATA) {
          if (!e.variable().startsWith("$") && !e.variable().startsWith("%")) {
            writers.add(there); // a stream or stream map never blocks its canon
          }
          continue;
        }
        there.forEach((peer, hops) -> {
          String runsOn = n.peer().isEmpty() ? peer : n.peer();
          control.merge(runsOn, hops + (runsOn.equals(peer) ? 0 : 1), Math::min);
        });
      }
      Map<String, Integer> here = new HashMap<>();
      control.forEach((peer, hops) -> {
        int ready = hops;
        for (Map<String, Integer> w : writers) {
          int arrives = Integer.MAX_VALUE;
          for (Map.Entry<String, Integer> r : w.entrySet()) {
            arrives = Math.min(arrives, r.getValue() + (r.getKey().equals(peer) ? 0 : 1));
          }
          ready = Math.max(ready, arrives);
        }
        here.put(peer, ready);
      });
      at.put(n, here);
      if (n.kind() == DagNode.Kind.CALL && !here.isEmpty()) {
        out.put(n.span().line() + ":" + n.span().column(), here.get(n.peer()));
      }
    }
    return out;
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
        if (!withErrors && (t.errorPath() || !runs.contains(t))) {
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
