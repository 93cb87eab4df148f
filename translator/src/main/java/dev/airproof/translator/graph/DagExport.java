package dev.airproof.translator.graph;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;

/**
 * Writes an {@link AirDag} as DOT (Graphviz), GraphML or JSON through JGraphT's exporters. Node
 * attributes: {@code label} (instruction), {@code kind}, {@code peer}, {@code line}, {@code column},
 * {@code errorPath}; edge attributes: {@code kind} and, for data edges, {@code variable}.
 */
public final class DagExport {
  private DagExport() {}

  /** DOT text: calls as boxes labelled with their peer, error paths dashed, data edges blue. */
  public static String dot(AirDag dag) {
    DOTExporter<DagNode, DagEdge> ex = new DOTExporter<>(n -> "n" + n.id());
    ex.setGraphAttributeProvider(() -> Map.of("rankdir", DefaultAttribute.createAttribute("TB")));
    ex.setVertexAttributeProvider(n -> {
      Map<String, Attribute> a = new LinkedHashMap<>();
      String label = n.kind() == DagNode.Kind.START ? "start (" + n.peer() + ")"
          : n.label() + (n.kind() == DagNode.Kind.CALL ? "" : "\n@" + n.peer());
      a.put("label", DefaultAttribute.createAttribute(label));
      a.put("shape", DefaultAttribute.createAttribute(n.kind() == DagNode.Kind.CALL ? "box" : "ellipse"));
      if (n.errorPath()) {
        a.put("style", DefaultAttribute.createAttribute("dashed"));
      }
      return a;
    });
    ex.setEdgeAttributeProvider(e -> {
      Map<String, Attribute> a = new LinkedHashMap<>();
      switch (e.kind()) {
        case DATA -> {
          a.put("color", DefaultAttribute.createAttribute("blue"));
          a.put("label", DefaultAttribute.createAttribute(e.variable()));
        }
        case ERROR -> {
          a.put("color", DefaultAttribute.createAttribute("red"));
          a.put("style", DefaultAttribute.createAttribute("dashed"));
        }
        case CONTROL -> { }
      }
      return a;
    });
    StringWriter w = new StringWriter();
    ex.exportGraph(dag.graph(), w);
    return w.toString();
  }

  /** GraphML text with the attributes registered as keys. */
  public static String graphml(AirDag dag) {
    GraphMLExporter<DagNode, DagEdge> ex = new GraphMLExporter<>(n -> "n" + n.id());
    for (String key : new String[] {"label", "kind", "peer", "errorPath"}) {
      ex.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    }
    ex.registerAttribute("line", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
    ex.registerAttribute("column", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
    ex.registerAttribute("edgeKind", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    ex.registerAttribute("variable", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    ex.setVertexAttributeProvider(DagExport::nodeAttributes);
    ex.setEdgeAttributeProvider(e -> Map.of(
        "edgeKind", DefaultAttribute.createAttribute(e.kind().name().toLowerCase(java.util.Locale.ROOT)),
        "variable", DefaultAttribute.createAttribute(e.variable())));
    StringWriter w = new StringWriter();
    ex.exportGraph(dag.graph(), w);
    return w.toString();
  }

  /** JSON text ({@code nodes} and {@code edges} arrays). */
  public static String json(AirDag dag) {
    JSONExporter<DagNode, DagEdge> ex = new JSONExporter<>(n -> "n" + n.id());
    ex.setVertexAttributeProvider(DagExport::nodeAttributes);
    ex.setEdgeAttributeProvider(e -> Map.of(
        "kind", DefaultAttribute.createAttribute(e.kind().name().toLowerCase(java.util.Locale.ROOT)),
        "variable", DefaultAttribute.createAttribute(e.variable())));
    StringWriter w = new StringWriter();
    ex.exportGraph(dag.graph(), w);
    return w.toString();
  }

  private static Map<String, Attribute> nodeAttributes(DagNode n) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("label", DefaultAttribute.createAttribute(n.label()));
    a.put("kind", DefaultAttribute.createAttribute(n.kind().name().toLowerCase(java.util.Locale.ROOT)));
    a.put("peer", DefaultAttribute.createAttribute(n.peer()));
    a.put("line", DefaultAttribute.createAttribute(n.span().line()));
    a.put("column", DefaultAttribute.createAttribute(n.span().column()));
    a.put("errorPath", DefaultAttribute.createAttribute(Boolean.toString(n.errorPath())));
    return a;
  }
}
