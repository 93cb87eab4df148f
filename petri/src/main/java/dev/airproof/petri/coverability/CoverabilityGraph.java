package dev.airproof.petri.coverability;

import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable; a (possibly truncated) Karp–Miller coverability graph built by {@link KarpMiller}.
 *
 * <p>Nodes are numbered in BFS order (node 0 is the initial marking); the edges of an expanded node
 * {@code n} are {@code firstEdge(n) .. firstEdge(n+1)-1}.
 */
public final class CoverabilityGraph {
  private final PetriNet net;
  private final List<OmegaMarking> nodes;
  private final int[] parent;
  private final int[] parentTransition;
  private final int[] edgeStart;
  private final int[] edgeTarget;
  private final int[] edgeTransition;
  private final Optional<String> truncation;
  private final Optional<Witness.Pump> firstPump;

  CoverabilityGraph(
      PetriNet net,
      List<OmegaMarking> nodes,
      int[] parent,
      int[] parentTransition,
      int[] edgeStart,
      int[] edgeTarget,
      int[] edgeTransition,
      Optional<String> truncation,
      Optional<Witness.Pump> firstPump) {
    this.net = net;
    this.nodes = List.copyOf(nodes);
    this.parent = parent;
    this.parentTransition = parentTransition;
    this.edgeStart = edgeStart;
    this.edgeTarget = edgeTarget;
    this.edgeTransition = edgeTransition;
    this.truncation = truncation;
    this.firstPump = firstPump;
  }

  /** The analysed net. */
  public PetriNet net() {
    return net;
  }

  /** Number of nodes. */
  public int nodeCount() {
    return nodes.size();
  }

  /** The omega-marking of node {@code n}. */
  public OmegaMarking node(int n) {
    return nodes.get(n);
  }

  /** Number of fully expanded nodes (a prefix of the node numbers). */
  public int expandedCount() {
    return edgeStart.length - 1;
  }

  /** First edge of expanded node {@code n}. */
  public int firstEdge(int n) {
    return edgeStart[n];
  }

  /** One past the last edge of expanded node {@code n}. */
  public int endEdge(int n) {
    return edgeStart[n + 1];
  }

  /** Number of edges. */
  public int edgeCount() {
    return edgeTarget.length;
  }

  /** Target node of edge {@code e}. */
  public int edgeTarget(int e) {
    return edgeTarget[e];
  }

  /** Transition index of edge {@code e}. */
  public int edgeTransition(int e) {
    return edgeTransition[e];
  }

  /** The BFS-tree parent of node {@code n}, -1 for node 0. */
  public int parent(int n) {
    return parent[n];
  }

  /** The transition leading from the parent to node {@code n}, -1 for node 0. */
  public int parentTransition(int n) {
    return parentTransition[n];
  }

  /** True iff the construction finished. */
  public boolean isComplete() {
    return truncation.isEmpty();
  }

  /** Why the construction stopped early, if it did. */
  public Optional<String> truncation() {
    return truncation;
  }

  /** The pump witness of the first acceleration, if any acceleration happened. */
  public Optional<Witness.Pump> firstPump() {
    return firstPump;
  }

  /** Boundedness as decided by this graph. */
  public Boundedness boundedness() {
    List<String> omegaPlaces = new ArrayList<>();
    int[] max = new int[net.placeCount()];
    for (int p = 0; p < net.placeCount(); p++) {
      for (OmegaMarking m : nodes) {
        max[p] = Math.max(max[p], m.get(p));
      }
      if (max[p] == OmegaMarking.OMEGA) {
        omegaPlaces.add(net.place(p).id());
      }
    }
    if (firstPump.isPresent()) {
      return new Boundedness.Unbounded(omegaPlaces, isComplete(), firstPump.get(), nodes.size());
    }
    if (truncation.isPresent()) {
      return new Boundedness.Unknown(truncation.get(), nodes.size());
    }
    Map<String, Integer> bounds = new LinkedHashMap<>();
    for (int p = 0; p < net.placeCount(); p++) {
      bounds.put(net.place(p).id(), max[p]);
    }
    return new Boundedness.Bounded(bounds, nodes.size());
  }

  /**
   * Whether some reachable marking covers {@code target} (is componentwise {@code >=} it). A node
   * covering it proves coverability; a complete graph without one disproves it.
   */
  public Verdict coverable(Marking target) {
    String property = "coverability of " + net.describe(target);
    int[] v = target.toArray();
    for (OmegaMarking m : nodes) {
      if (m.covers(v)) {
        return new Verdict.Holds(property, nodes.size());
      }
    }
    if (truncation.isPresent()) {
      return new Verdict.Unknown(property, truncation.get(), nodes.size());
    }
    return new Verdict.Violated(
        property,
        "no reachable marking covers " + net.describe(target),
        new Witness.Exhaustive(nodes.size(), List.of(net.describe(target))));
  }

  /**
   * Whether every transition can fire in some reachable marking, decided on the coverability graph
   * and hence also for unbounded nets: {@code t} is dead iff no node enables it (a node enabling
   * {@code t} is a limit of reachable markings, some of which enable {@code t}). A transition seen
   * firing proves itself even in a truncated graph.
   */
  public Verdict noDeadTransitions() {
    String property = "no dead transitions";
    java.util.BitSet fired = new java.util.BitSet();
    for (int e = 0; e < edgeTarget.length; e++) {
      fired.set(edgeTransition[e]);
    }
    List<String> dead = new ArrayList<>();
    for (int t = 0; t < net.transitionCount(); t++) {
      if (!fired.get(t)) {
        dead.add(net.transition(t).id());
      }
    }
    if (dead.isEmpty()) {
      return new Verdict.Holds(property, nodes.size());
    }
    if (truncation.isPresent()) {
      return new Verdict.Unknown(property, truncation.get(), nodes.size());
    }
    return new Verdict.Violated(
        property,
        "no reachable marking enables " + String.join(", ", dead),
        new Witness.Exhaustive(nodes.size(), dead));
  }
}
