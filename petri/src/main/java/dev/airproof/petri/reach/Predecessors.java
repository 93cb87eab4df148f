package dev.airproof.petri.reach;

/**
 * Immutable; the reversed edge relation of a {@link ReachabilityGraph}: for each state the edges
 * entering it, as a compressed sparse row structure.
 */
public final class Predecessors {
  private final int[] start;
  private final int[] edges;

  private Predecessors(int[] start, int[] edges) {
    this.start = start;
    this.edges = edges;
  }

  static Predecessors of(ReachabilityGraph g) {
    int n = g.stateCount();
    int[] start = new int[n + 1];
    for (int e = 0; e < g.edgeCount(); e++) {
      start[g.edgeTarget(e) + 1]++;
    }
    for (int s = 0; s < n; s++) {
      start[s + 1] += start[s];
    }
    int[] fill = start.clone();
    int[] edges = new int[g.edgeCount()];
    for (int e = 0; e < g.edgeCount(); e++) {
      edges[fill[g.edgeTarget(e)]++] = e;
    }
    return new Predecessors(start, edges);
  }

  /** Number of edges entering state {@code s}. */
  public int inDegree(int s) {
    return start[s + 1] - start[s];
  }

  /** The {@code k}-th edge entering state {@code s}. */
  public int edge(int s, int k) {
    return edges[start[s] + k];
  }
}
