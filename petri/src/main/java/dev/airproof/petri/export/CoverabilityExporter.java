package dev.airproof.petri.export;

import dev.airproof.petri.coverability.CoverabilityGraph;
import dev.airproof.petri.model.PetriNet;
import java.io.StringWriter;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Stateless; exports a Karp–Miller coverability graph as DOT: nodes {@code n0, n1, ...} labelled
 * with their omega-markings ({@code {p, q:ω}}), nodes with an omega entry blue, the initial node
 * bold, unexpanded nodes of a truncated construction dashed; edges labelled with transition ids.
 */
public final class CoverabilityExporter {
  private CoverabilityExporter() {}

  /** The coverability graph as a Graphviz DOT digraph. */
  public static String dot(CoverabilityGraph cg) {
    PetriNet net = cg.net();
    Graph<Integer, Integer> g = new DirectedPseudograph<>(null, null, false);
    for (int n = 0; n < cg.nodeCount(); n++) {
      g.addVertex(n);
    }
    for (int n = 0; n < cg.expandedCount(); n++) {
      for (int e = cg.firstEdge(n); e < cg.endEdge(n); e++) {
        g.addEdge(n, cg.edgeTarget(e), e);
      }
    }
    DOTExporter<Integer, Integer> x = new DOTExporter<>(n -> "n" + n);
    x.setGraphIdProvider(() -> DotIds.graphId(net.id() + "_coverability"));
    x.setVertexAttributeProvider(n -> vertex(cg, n));
    x.setEdgeAttributeProvider(
        e ->
            NetExporter.ordered(
                "label", NetExporter.str(net.transition(cg.edgeTransition(e)).id())));
    StringWriter w = new StringWriter();
    x.exportGraph(g, w);
    return w.toString();
  }

  private static Map<String, Attribute> vertex(CoverabilityGraph cg, int n) {
    Map<String, Attribute> m =
        NetExporter.ordered("label", NetExporter.str(cg.node(n).describe(cg.net())));
    if (n == 0) {
      m.put("style", NetExporter.str("bold"));
    }
    if (n >= cg.expandedCount()) {
      m.put("style", NetExporter.str("dashed"));
    }
    if (cg.node(n).hasOmega()) {
      m.put("color", NetExporter.str("blue"));
    }
    return m;
  }
}
