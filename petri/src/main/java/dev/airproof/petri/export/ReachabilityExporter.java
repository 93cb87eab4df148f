package dev.airproof.petri.export;

import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.reach.ReachabilityGraphView;
import java.io.StringWriter;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Stateless; exports a reachability graph as DOT: states {@code s0, s1, ...} labelled with their
 * markings (e.g. {@code {p1, q:2}}), the initial state bold, dead states red, unexpanded states of
 * a truncated graph dashed; edges labelled with transition ids.
 */
public final class ReachabilityExporter {
  private ReachabilityExporter() {}

  /** The graph as a Graphviz DOT digraph. */
  public static String dot(ReachabilityGraph g) {
    PetriNet net = g.net();
    DOTExporter<Integer, Integer> e = new DOTExporter<>(s -> "s" + s);
    e.setGraphIdProvider(() -> DotIds.graphId(net.id() + "_reachability"));
    e.setVertexAttributeProvider(s -> vertex(g, s));
    e.setEdgeAttributeProvider(
        edge ->
            NetExporter.ordered(
                "label", NetExporter.str(net.transition(g.edgeTransition(edge)).id())));
    StringWriter w = new StringWriter();
    e.exportGraph(new ReachabilityGraphView(g), w);
    return w.toString();
  }

  private static Map<String, Attribute> vertex(ReachabilityGraph g, int s) {
    Map<String, Attribute> m =
        NetExporter.ordered("label", NetExporter.str(g.net().describe(g.marking(s))));
    if (s == 0) {
      m.put("style", NetExporter.str("bold"));
    }
    if (!g.isExpanded(s)) {
      m.put("style", NetExporter.str("dashed"));
    } else if (g.outDegree(s) == 0) {
      m.put("color", NetExporter.str("red"));
    }
    return m;
  }
}
