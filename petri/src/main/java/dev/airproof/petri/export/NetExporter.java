package dev.airproof.petri.export;

import dev.airproof.petri.graph.NetGraphs;
import dev.airproof.petri.graph.NetNode;
import dev.airproof.petri.model.Arc;
import dev.airproof.petri.model.PetriNet;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.jgrapht.nio.json.JSONExporter;

/**
 * Stateless; exports a net's structure.
 *
 * <p>Attributes: vertices carry {@code kind} ({@code place}/{@code transition}), {@code label} (the
 * name), places {@code tokens} (initial marking) and, if the net has a final marking, {@code
 * final}; transitions with an action label carry {@code action}; edges carry {@code inscription}
 * (the arc weight; GraphML reserves the name {@code weight}). In DOT, places are circles labelled
 * "name" plus the token count on a second line when non-zero (double circles if marked in the final
 * marking), transitions are boxes, and weights other than 1 label the arcs.
 */
public final class NetExporter {
  private NetExporter() {}

  /** The net as a Graphviz DOT digraph. */
  public static String dot(PetriNet net) {
    DOTExporter<NetNode, Arc> e = new DOTExporter<>(NetExporter::dotId);
    e.setGraphIdProvider(() -> DotIds.graphId(net.id()));
    e.setGraphAttributeProvider(() -> ordered("rankdir", str("LR")));
    e.setVertexAttributeProvider(n -> dotVertex(net, n));
    e.setEdgeAttributeProvider(
        a -> a.weight() == 1 ? Map.of() : ordered("label", str(Integer.toString(a.weight()))));
    return export(net, (g, w) -> e.exportGraph(g, w));
  }

  /**
   * The net as GraphML with registered attributes {@code kind, label, tokens, inscription, ...}.
   */
  public static String graphml(PetriNet net) {
    GraphMLExporter<NetNode, Arc> e = new GraphMLExporter<>(NetNode::id);
    e.registerAttribute("kind", AttributeCategory.NODE, AttributeType.STRING);
    e.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
    e.registerAttribute("tokens", AttributeCategory.NODE, AttributeType.INT);
    e.registerAttribute("final", AttributeCategory.NODE, AttributeType.INT);
    e.registerAttribute("action", AttributeCategory.NODE, AttributeType.STRING);
    e.registerAttribute("inscription", AttributeCategory.EDGE, AttributeType.INT);
    e.setVertexAttributeProvider(n -> attributes(net, n));
    e.setEdgeAttributeProvider(
        a -> ordered("inscription", DefaultAttribute.createAttribute(a.weight())));
    return export(net, (g, w) -> e.exportGraph(g, w));
  }

  /** The net as JGraphT's JSON graph ({@code nodes} and {@code edges} arrays). */
  public static String json(PetriNet net) {
    JSONExporter<NetNode, Arc> e = new JSONExporter<>(NetNode::id);
    e.setVertexAttributeProvider(n -> attributes(net, n));
    e.setEdgeAttributeProvider(
        a ->
            ordered(
                "id", str(a.id()), "inscription", DefaultAttribute.createAttribute(a.weight())));
    return export(net, (g, w) -> e.exportGraph(g, w));
  }

  private interface Export {
    void to(Graph<NetNode, Arc> g, StringWriter w);
  }

  private static String export(PetriNet net, Export export) {
    StringWriter w = new StringWriter();
    export.to(NetGraphs.of(net), w);
    return w.toString();
  }

  private static String dotId(NetNode n) {
    return switch (n) {
      case NetNode.PlaceNode p -> "p" + p.index();
      case NetNode.TransitionNode t -> "t" + t.index();
    };
  }

  private static Map<String, Attribute> dotVertex(PetriNet net, NetNode n) {
    return switch (n) {
      case NetNode.PlaceNode p -> {
        int tokens = net.initialMarking().get(p.index());
        boolean isFinal = net.finalMarking().map(m -> m.get(p.index()) > 0).orElse(false);
        yield ordered(
            "shape", str(isFinal ? "doublecircle" : "circle"),
            "label", str(p.place().name() + (tokens > 0 ? "\\n" + tokens : "")),
            "tooltip", str(p.id()));
      }
      case NetNode.TransitionNode t ->
          ordered(
              "shape", str("box"),
              "label",
                  str(
                      t.transition().name()
                          + t.transition()
                              .label()
                              .filter(l -> !l.equals(t.transition().name()))
                              .map(l -> "\\n[" + l + "]")
                              .orElse("")),
              "tooltip", str(t.id()));
    };
  }

  private static Map<String, Attribute> attributes(PetriNet net, NetNode n) {
    return switch (n) {
      case NetNode.PlaceNode p -> {
        Map<String, Attribute> m =
            ordered(
                "kind",
                str("place"),
                "label",
                str(p.place().name()),
                "tokens",
                DefaultAttribute.createAttribute(net.initialMarking().get(p.index())));
        net.finalMarking()
            .ifPresent(f -> m.put("final", DefaultAttribute.createAttribute(f.get(p.index()))));
        yield m;
      }
      case NetNode.TransitionNode t -> {
        Map<String, Attribute> m =
            ordered("kind", str("transition"), "label", str(t.transition().name()));
        t.transition().label().ifPresent(l -> m.put("action", str(l)));
        yield m;
      }
    };
  }

  static Attribute str(String s) {
    return DefaultAttribute.createAttribute(s);
  }

  /** A mutable insertion-ordered attribute map from key/value pairs. */
  static Map<String, Attribute> ordered(Object... keyValues) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], (Attribute) keyValues[i + 1]);
    }
    return m;
  }
}
