package dev.airproof.petri.graph;

import dev.airproof.petri.model.Arc;
import dev.airproof.petri.model.PetriNet;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedGraph;

/** Stateless; builds JGraphT graphs of nets. */
public final class NetGraphs {
  private NetGraphs() {}

  /**
   * The unmodifiable JGraphT graph of {@code net}: places then transitions as vertices in index
   * order, arcs as edges in declaration order.
   */
  public static Graph<NetNode, Arc> of(PetriNet net) {
    Graph<NetNode, Arc> g = new DefaultDirectedGraph<>(null, null, false);
    Map<String, NetNode> byId = new HashMap<>();
    for (int p = 0; p < net.placeCount(); p++) {
      NetNode n = new NetNode.PlaceNode(p, net.place(p));
      g.addVertex(n);
      byId.put(n.id(), n);
    }
    for (int t = 0; t < net.transitionCount(); t++) {
      NetNode n = new NetNode.TransitionNode(t, net.transition(t));
      g.addVertex(n);
      byId.put(n.id(), n);
    }
    for (Arc a : net.arcs()) {
      g.addEdge(byId.get(a.source()), byId.get(a.target()), a);
    }
    return new AsUnmodifiableGraph<>(g);
  }
}
