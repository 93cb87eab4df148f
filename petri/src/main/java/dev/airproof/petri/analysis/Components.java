package dev.airproof.petri.analysis;

import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.reach.ReachabilityGraphView;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/**
 * Immutable; the strongly connected components of a reachability graph, computed with JGraphT's
 * (iterative) Kosaraju algorithm on a {@link ReachabilityGraphView}.
 *
 * <p>A component is <em>bottom</em> (terminal) iff no edge leaves it, and <em>cyclic</em> iff it
 * has more than one state or a self-loop. On a truncated graph unexpanded states look like bottom
 * singletons: callers must check {@link ReachabilityGraph#isComplete()}.
 */
public final class Components {
  private final int[] componentOf;
  private final int[] size;
  private final boolean[] bottom;
  private final boolean[] cyclic;

  private Components(int[] componentOf, int[] size, boolean[] bottom, boolean[] cyclic) {
    this.componentOf = componentOf;
    this.size = size;
    this.bottom = bottom;
    this.cyclic = cyclic;
  }

  /** The components of {@code g}. */
  public static Components of(ReachabilityGraph g) {
    List<Set<Integer>> sets =
        new KosarajuStrongConnectivityInspector<>(new ReachabilityGraphView(g))
            .stronglyConnectedSets();
    int[] componentOf = new int[g.stateCount()];
    int[] size = new int[sets.size()];
    for (int c = 0; c < sets.size(); c++) {
      size[c] = sets.get(c).size();
      for (int s : sets.get(c)) {
        componentOf[s] = c;
      }
    }
    boolean[] bottom = new boolean[sets.size()];
    boolean[] cyclic = new boolean[sets.size()];
    Arrays.fill(bottom, true);
    for (int c = 0; c < sets.size(); c++) {
      cyclic[c] = size[c] > 1;
    }
    for (int s = 0; s < g.expandedCount(); s++) {
      for (int e = g.firstEdge(s); e < g.endEdge(s); e++) {
        int t = g.edgeTarget(e);
        if (componentOf[t] != componentOf[s]) {
          bottom[componentOf[s]] = false;
        } else if (t == s) {
          cyclic[componentOf[s]] = true;
        }
      }
    }
    return new Components(componentOf, size, bottom, cyclic);
  }

  /** Number of components. */
  public int count() {
    return size.length;
  }

  /** The component of state {@code s}. */
  public int componentOf(int s) {
    return componentOf[s];
  }

  /** Number of states in component {@code c}. */
  public int size(int c) {
    return size[c];
  }

  /** True iff no edge leaves component {@code c}. */
  public boolean isBottom(int c) {
    return bottom[c];
  }

  /** True iff component {@code c} contains a cycle (several states, or a self-loop). */
  public boolean isCyclic(int c) {
    return cyclic[c];
  }
}
