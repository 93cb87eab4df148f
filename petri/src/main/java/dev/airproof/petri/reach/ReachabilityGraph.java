package dev.airproof.petri.reach;

import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.store.PackedStateStore;
import dev.airproof.petri.verdict.Witness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Immutable; the (possibly truncated) reachability graph of a net, built by {@link
 * ReachabilityExplorer}.
 *
 * <p>States are ints {@code 0 .. stateCount()-1} in BFS order (state 0 is the start marking); edges
 * are ints {@code 0 .. edgeCount()-1}, grouped by source: the edges of an expanded state {@code s}
 * are {@code firstEdge(s) .. firstEdge(s+1)-1}. Invariant: every stored state is reachable; if
 * {@link #isComplete()} every reachable marking is stored and every state is expanded.
 */
public final class ReachabilityGraph {
  private final PetriNet net;
  private final PackedStateStore store;
  private final int[] parent;
  private final int[] parentTransition;
  private final int[] edgeStart;
  private final int[] edgeTarget;
  private final int[] edgeTransition;
  private final Optional<Truncation> truncation;

  ReachabilityGraph(
      PetriNet net,
      PackedStateStore store,
      int[] parent,
      int[] parentTransition,
      int[] edgeStart,
      int[] edgeTarget,
      int[] edgeTransition,
      Optional<Truncation> truncation) {
    this.net = net;
    this.store = store;
    this.parent = parent;
    this.parentTransition = parentTransition;
    this.edgeStart = edgeStart;
    this.edgeTarget = edgeTarget;
    this.edgeTransition = edgeTransition;
    this.truncation = truncation;
  }

  /** The explored net. */
  public PetriNet net() {
    return net;
  }

  /** Number of stored (reachable) markings. */
  public int stateCount() {
    return store.count();
  }

  /** Number of states whose successors are all recorded (a prefix of the state numbers). */
  public int expandedCount() {
    return edgeStart.length - 1;
  }

  /** True iff state {@code s} has all its successors recorded. */
  public boolean isExpanded(int s) {
    return s < expandedCount();
  }

  /** Number of recorded edges. */
  public int edgeCount() {
    return edgeTarget.length;
  }

  /** True iff the whole reachable state space was explored. */
  public boolean isComplete() {
    return truncation.isEmpty();
  }

  /** Why the exploration stopped early, if it did. */
  public Optional<Truncation> truncation() {
    return truncation;
  }

  /** The marking of state {@code s}. */
  public Marking marking(int s) {
    return store.marking(s);
  }

  /** Tokens on place {@code p} in state {@code s}. */
  public int tokens(int s, int p) {
    return store.get(s, p);
  }

  /** The state holding marking {@code m}, if stored. */
  public OptionalInt find(Marking m) {
    if (m.size() != store.width()) {
      return OptionalInt.empty();
    }
    int[] v = m.toArray();
    int s = store.find(v, Marking.rawHash(v, 0, v.length));
    return s < 0 ? OptionalInt.empty() : OptionalInt.of(s);
  }

  /** First edge of expanded state {@code s}; {@code firstEdge(s+1)} ends its range. */
  public int firstEdge(int s) {
    return edgeStart[s];
  }

  /** One past the last edge of expanded state {@code s}. */
  public int endEdge(int s) {
    return edgeStart[s + 1];
  }

  /** Number of recorded successors (edges) of state {@code s}; 0 for unexpanded states. */
  public int outDegree(int s) {
    return isExpanded(s) ? edgeStart[s + 1] - edgeStart[s] : 0;
  }

  /** Target state of edge {@code e}. */
  public int edgeTarget(int e) {
    return edgeTarget[e];
  }

  /** Transition index labelling edge {@code e}. */
  public int edgeTransition(int e) {
    return edgeTransition[e];
  }

  /** Source state of edge {@code e} (binary search over the edge ranges). */
  public int edgeSource(int e) {
    int i = Arrays.binarySearch(edgeStart, e);
    if (i >= 0) {
      while (i + 1 < edgeStart.length && edgeStart[i + 1] == e) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }

  /** The BFS-tree parent of state {@code s}, or -1 for state 0. */
  public int parent(int s) {
    return parent[s];
  }

  /** Transition indices of a shortest firing sequence from state 0 to state {@code s}. */
  public int[] pathTo(int s) {
    int length = 0;
    for (int v = s; parent[v] >= 0; v = parent[v]) {
      length++;
    }
    int[] path = new int[length];
    for (int v = s; parent[v] >= 0; v = parent[v]) {
      path[--length] = parentTransition[v];
    }
    return path;
  }

  /** Transition ids of a shortest firing sequence from state 0 to state {@code s}. */
  public List<String> pathIdsTo(int s) {
    return transitionIds(pathTo(s));
  }

  /** Ids of the given transition indices. */
  public List<String> transitionIds(int[] transitions) {
    List<String> ids = new ArrayList<>(transitions.length);
    for (int t : transitions) {
      ids.add(net.transition(t).id());
    }
    return List.copyOf(ids);
  }

  /** A shortest firing sequence to state {@code s} as a witness. */
  public Witness.Path witnessTo(int s) {
    return new Witness.Path(pathIdsTo(s), marking(s));
  }

  /** The in-edges of all expanded states, as a compressed adjacency structure (freshly built). */
  public Predecessors predecessors() {
    return Predecessors.of(this);
  }
}
