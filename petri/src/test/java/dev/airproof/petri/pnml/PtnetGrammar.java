package dev.airproof.petri.pnml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Stateless; an offline structural validator for PNML 2009 P/T net documents, written from the
 * RELAX NG grammars pnmlcoremodel.rng + conventions.rng + ptnet.pntd (pnml.org, version-2009):
 * which elements may appear where and how often, required attributes, the net type URI, unique
 * NCName ids, arc ends, label value types (non-negative / positive integers, decimals). Public
 * for the translator's tests (this module's test-jar).
 */
public final class PtnetGrammar {
  private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-\\u00B7]*");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern NON_NEGATIVE = Pattern.compile("\\+?\\d+");

  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> kindById = new HashMap<>();
  private final List<Element> arcs = new ArrayList<>();
  private final List<Element> references = new ArrayList<>();

  private PtnetGrammar() {}

  /** Every violation of the ptnet grammar in {@code xml}; empty iff valid. */
  public static List<String> violations(String xml) {
    PtnetGrammar g = new PtnetGrammar();
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      g.pnml(d.getDocumentElement());
      g.crossReferences();
    } catch (Exception e) {
      g.problems.add("not well-formed: " + e.getMessage());
    }
    return List.copyOf(g.problems);
  }

  private void pnml(Element e) {
    expect(e, "pnml");
    attributes(e, Set.of("xmlns"), Set.of());
    List<Element> nets = children(e);
    if (nets.isEmpty()) {
      problems.add("<pnml> needs at least one <net>");
    }
    nets.forEach(
        n -> {
          if (expect(n, "net")) {
            net(n);
          }
        });
  }

  private void net(Element e) {
    attributes(e, Set.of("id", "type"), Set.of("id", "type"));
    id(e);
    if (!Pnml.PTNET_TYPE.equals(e.getAttribute("type"))) {
      problems.add("net type must be " + Pnml.PTNET_TYPE + ": " + e.getAttribute("type"));
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Element c : children(e)) {
      counts.merge(c.getLocalName(), 1, Integer::sum);
      switch (c.getLocalName()) {
        case "name" -> label(c, "text");
        case "page" -> page(c);
        case "toolspecific" -> toolspecific(c);
        default -> problems.add("<" + c.getLocalName() + "> is not allowed in <net>");
      }
    }
    atMostOnce(counts, "net", "name");
    if (counts.getOrDefault("page", 0) == 0) {
      problems.add("<net> needs at least one <page>");
    }
  }

  private void page(Element e) {
    attributes(e, Set.of("id"), Set.of("id"));
    id(e);
    Map<String, Integer> counts = new HashMap<>();
    for (Element c : children(e)) {
      counts.merge(c.getLocalName(), 1, Integer::sum);
      switch (c.getLocalName()) {
        case "name" -> label(c, "text");
        case "toolspecific" -> toolspecific(c);
        case "graphics" -> nodeGraphics(c);
        case "page" -> page(c);
        case "place" -> node(c, "place", Set.of("initialMarking"));
        case "transition" -> node(c, "transition", Set.of());
        case "referencePlace", "referenceTransition" -> reference(c);
        case "arc" -> arc(c);
        default -> problems.add("<" + c.getLocalName() + "> is not allowed in <page>");
      }
    }
    atMostOnce(counts, "page", "name", "graphics");
  }

  private void node(Element e, String kind, Set<String> labels) {
    attributes(e, Set.of("id"), Set.of("id"));
    id(e);
    kindById.put(e.getAttribute("id"), kind);
    Map<String, Integer> counts = new HashMap<>();
    for (Element c : children(e)) {
      counts.merge(c.getLocalName(), 1, Integer::sum);
      String n = c.getLocalName();
      if (n.equals("name")) {
        label(c, "text");
      } else if (n.equals("toolspecific")) {
        toolspecific(c);
      } else if (n.equals("graphics")) {
        nodeGraphics(c);
      } else if (labels.contains(n)) {
        label(c, "nonNegativeInteger");
      } else {
        problems.add("<" + n + "> is not allowed in <" + kind + ">");
      }
    }
    atMostOnce(counts, kind, "name", "graphics", "initialMarking");
  }

  private void reference(Element e) {
    attributes(e, Set.of("id", "ref"), Set.of("id", "ref"));
    id(e);
    kindById.put(e.getAttribute("id"), e.getLocalName());
    references.add(e);
    for (Element c : children(e)) {
      switch (c.getLocalName()) {
        case "name" -> label(c, "text");
        case "toolspecific" -> toolspecific(c);
        case "graphics" -> nodeGraphics(c);
        default -> problems.add("<" + c.getLocalName() + "> is not allowed in a reference node");
      }
    }
  }

  private void arc(Element e) {
    attributes(e, Set.of("id", "source", "target"), Set.of("id", "source", "target"));
    id(e);
    kindById.put(e.getAttribute("id"), "arc");
    arcs.add(e);
    Map<String, Integer> counts = new HashMap<>();
    for (Element c : children(e)) {
      counts.merge(c.getLocalName(), 1, Integer::sum);
      switch (c.getLocalName()) {
        case "name" -> label(c, "text");
        case "inscription" -> label(c, "positiveInteger");
        case "toolspecific" -> toolspecific(c);
        case "graphics" ->
            children(c)
                .forEach(
                    g -> {
                      if (g.getLocalName().equals("position")) {
                        position(g);
                      } else if (!g.getLocalName().equals("line")) {
                        problems.add("<" + g.getLocalName() + "> is not allowed in arc graphics");
                      }
                    });
        default -> problems.add("<" + c.getLocalName() + "> is not allowed in <arc>");
      }
    }
    atMostOnce(counts, "arc", "name", "inscription", "graphics");
  }

  /** A label: at most one {@code <text>} of the given type, annotation graphics, toolspecific. */
  private void label(Element e, String type) {
    attributes(e, Set.of(), Set.of());
    int texts = 0;
    for (Element c : children(e)) {
      switch (c.getLocalName()) {
        case "text" -> {
          texts++;
          if (!children(c).isEmpty()) {
            problems.add("<text> must not contain elements");
          }
          value(e.getLocalName(), c.getTextContent(), type);
        }
        case "graphics" -> {
          if (children(c).stream().noneMatch(g -> g.getLocalName().equals("offset"))) {
            problems.add("annotation graphics need an <offset>");
          }
        }
        case "toolspecific" -> toolspecific(c);
        default ->
            problems.add("<" + c.getLocalName() + "> is not allowed in <" + e.getLocalName() + ">");
      }
    }
    if (texts > 1) {
      problems.add("<" + e.getLocalName() + "> has " + texts + " <text> elements");
    }
  }

  private void value(String label, String text, String type) {
    String t = text.trim();
    boolean ok =
        switch (type) {
          case "nonNegativeInteger" -> NON_NEGATIVE.matcher(t).matches();
          case "positiveInteger" -> NON_NEGATIVE.matcher(t).matches() && !t.matches("\\+?0+");
          default -> true;
        };
    if (!ok) {
      problems.add("<" + label + "> text '" + t + "' is not a " + type);
    }
  }

  private void nodeGraphics(Element e) {
    Map<String, Integer> counts = new HashMap<>();
    for (Element c : children(e)) {
      counts.merge(c.getLocalName(), 1, Integer::sum);
      switch (c.getLocalName()) {
        case "position" -> position(c);
        case "dimension", "fill", "line" -> {}
        default -> problems.add("<" + c.getLocalName() + "> is not allowed in node graphics");
      }
    }
    if (counts.getOrDefault("position", 0) != 1) {
      problems.add("node graphics need exactly one <position>");
    }
    atMostOnce(counts, "graphics", "dimension", "fill", "line");
  }

  private void position(Element e) {
    attributes(e, Set.of("x", "y"), Set.of("x", "y"));
    for (String a : List.of("x", "y")) {
      if (!DECIMAL.matcher(e.getAttribute(a)).matches()) {
        problems.add("position " + a + "='" + e.getAttribute(a) + "' is not an xsd:decimal");
      }
    }
  }

  private void toolspecific(Element e) {
    attributes(e, Set.of("tool", "version"), Set.of("tool", "version"));
  }

  private void id(Element e) {
    String id = e.getAttribute("id");
    if (!NCNAME.matcher(id).matches()) {
      problems.add("id '" + id + "' is not an NCName");
    }
    if (kindById.containsKey(id) || id.isEmpty()) {
      problems.add("id '" + id + "' is not unique");
    }
    kindById.put(id, e.getLocalName());
  }

  private void crossReferences() {
    for (Element r : references) {
      String target = kindById.get(r.getAttribute("ref"));
      String own = r.getLocalName().equals("referencePlace") ? "lace" : "ransition";
      if (target == null || !target.toLowerCase().endsWith(own.toLowerCase())) {
        problems.add(r.getLocalName() + " '" + r.getAttribute("id") + "' refers to " + target);
      }
    }
    for (Element a : arcs) {
      String s = kindById.get(a.getAttribute("source"));
      String t = kindById.get(a.getAttribute("target"));
      if (!isNode(s) || !isNode(t) || isPlace(s) == isPlace(t)) {
        problems.add("arc '" + a.getAttribute("id") + "' joins " + s + " and " + t);
      }
    }
  }

  private static boolean isNode(String kind) {
    return kind != null
        && Set.of("place", "transition", "referencePlace", "referenceTransition").contains(kind);
  }

  private static boolean isPlace(String kind) {
    return kind.equals("place") || kind.equals("referencePlace");
  }

  private boolean expect(Element e, String name) {
    if (!name.equals(e.getLocalName()) || !Pnml.NAMESPACE.equals(e.getNamespaceURI())) {
      problems.add(
          "expected <"
              + name
              + "> in the PNML namespace, found {"
              + e.getNamespaceURI()
              + "}"
              + e.getLocalName());
      return false;
    }
    return true;
  }

  private void attributes(Element e, Set<String> allowed, Set<String> required) {
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      Node a = e.getAttributes().item(i);
      String n = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
      if (!allowed.contains(n) && !"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
        problems.add("attribute '" + n + "' is not allowed on <" + e.getLocalName() + ">");
      }
    }
    for (String r : required) {
      if (!e.hasAttribute(r)) {
        problems.add("<" + e.getLocalName() + "> needs attribute '" + r + "'");
      }
    }
  }

  private void atMostOnce(Map<String, Integer> counts, String parent, String... names) {
    for (String n : names) {
      if (counts.getOrDefault(n, 0) > 1) {
        problems.add("<" + parent + "> has more than one <" + n + ">");
      }
    }
  }

  /** Child elements; every element must be in the PNML namespace (except inside toolspecific). */
  private List<Element> children(Element e) {
    List<Element> result = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        if (!e.getLocalName().equals("toolspecific")
            && !Pnml.NAMESPACE.equals(c.getNamespaceURI())) {
          problems.add("<" + c.getLocalName() + "> is not in the PNML namespace");
        }
        result.add(c);
      } else if (n.getNodeType() == Node.TEXT_NODE
          && !n.getTextContent().isBlank()
          && !e.getLocalName().equals("text")
          && !e.getLocalName().equals("toolspecific")) {
        problems.add(
            "<" + e.getLocalName() + "> contains text '" + n.getTextContent().trim() + "'");
      }
    }
    return result;
  }
}
