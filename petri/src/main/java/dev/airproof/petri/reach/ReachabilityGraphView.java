package dev.airproof.petri.reach;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * Immutable; a read-only JGraphT view of a {@link ReachabilityGraph}: vertices are state numbers,
 * edges are edge numbers; mutators throw {@link UnsupportedOperationException}.
 *
 * <p>Lets JGraphT algorithms (strongly connected components, cycle detection) and exporters run on
 * the explorer's arrays without copying them into a JGraphT graph.
 */
public final class ReachabilityGraphView extends AbstractGraph<Integer, Integer> {
  private final ReachabilityGraph graph;
  private final Predecessors predecessors;

  /** A view of {@code graph}. */
  public ReachabilityGraphView(ReachabilityGraph graph) {
    this.graph = graph;
    this.predecessors = graph.predecessors();
  }

  /** The viewed graph. */
  public ReachabilityGraph graph() {
    return graph;
  }

  @Override
  public Set<Integer> getAllEdges(Integer source, Integer target) {
    Set<Integer> result = new HashSet<>();
    for (int e : outgoingEdgesOf(source)) {
      if (graph.edgeTarget(e) == target) {
        result.add(e);
      }
    }
    return result;
  }

  @Override
  public Integer getEdge(Integer source, Integer target) {
    for (int e : outgoingEdgesOf(source)) {
      if (graph.edgeTarget(e) == target) {
        return e;
      }
    }
    return null; // JGraphT's contract for "no such edge"
  }

  @Override
  public Supplier<Integer> getVertexSupplier() {
    return null; // JGraphT's contract: no supplier for read-only graphs
  }

  @Override
  public Supplier<Integer> getEdgeSupplier() {
    return null;
  }

  @Override
  public Integer addEdge(Integer source, Integer target) {
    throw readOnly();
  }

  @Override
  public boolean addEdge(Integer source, Integer target, Integer e) {
    throw readOnly();
  }

  @Override
  public Integer addVertex() {
    throw readOnly();
  }

  @Override
  public boolean addVertex(Integer v) {
    throw readOnly();
  }

  @Override
  public boolean containsEdge(Integer e) {
    return e != null && e >= 0 && e < graph.edgeCount();
  }

  @Override
  public boolean containsVertex(Integer v) {
    return v != null && v >= 0 && v < graph.stateCount();
  }

  @Override
  public Set<Integer> edgeSet() {
    return new IntRangeSet(0, graph.edgeCount());
  }

  @Override
  public int degreeOf(Integer v) {
    return inDegreeOf(v) + outDegreeOf(v);
  }

  @Override
  public Set<Integer> edgesOf(Integer v) {
    Set<Integer> result = new HashSet<>(outgoingEdgesOf(v));
    result.addAll(incomingEdgesOf(v));
    return result;
  }

  @Override
  public int inDegreeOf(Integer v) {
    return predecessors.inDegree(checked(v));
  }

  @Override
  public Set<Integer> incomingEdgesOf(Integer v) {
    int s = checked(v);
    int n = predecessors.inDegree(s);
    return new AbstractSet<>() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public Iterator<Integer> iterator() {
        return new Iterator<>() {
          private int k;

          @Override
          public boolean hasNext() {
            return k < n;
          }

          @Override
          public Integer next() {
            if (k >= n) {
              throw new NoSuchElementException();
            }
            return predecessors.edge(s, k++);
          }
        };
      }
    };
  }

  @Override
  public int outDegreeOf(Integer v) {
    return graph.outDegree(checked(v));
  }

  @Override
  public Set<Integer> outgoingEdgesOf(Integer v) {
    int s = checked(v);
    return graph.isExpanded(s)
        ? new IntRangeSet(graph.firstEdge(s), graph.endEdge(s))
        : new IntRangeSet(0, 0);
  }

  @Override
  public Integer removeEdge(Integer source, Integer target) {
    throw readOnly();
  }

  @Override
  public boolean removeEdge(Integer e) {
    throw readOnly();
  }

  @Override
  public boolean removeVertex(Integer v) {
    throw readOnly();
  }

  @Override
  public Set<Integer> vertexSet() {
    return new IntRangeSet(0, graph.stateCount());
  }

  @Override
  public Integer getEdgeSource(Integer e) {
    return graph.edgeSource(e);
  }

  @Override
  public Integer getEdgeTarget(Integer e) {
    return graph.edgeTarget(e);
  }

  @Override
  public GraphType getType() {
    return DefaultGraphType.directedPseudograph().asUnmodifiable();
  }

  @Override
  public double getEdgeWeight(Integer e) {
    return DEFAULT_EDGE_WEIGHT;
  }

  @Override
  public void setEdgeWeight(Integer e, double weight) {
    throw readOnly();
  }

  private int checked(Integer v) {
    if (!containsVertex(v)) {
      throw new IllegalArgumentException("no such state: " + v);
    }
    return v;
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("reachability graph views are read-only");
  }
}
