package dev.airproof.petri.pnml;

import dev.airproof.petri.model.Arc;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.model.Place;
import dev.airproof.petri.model.Position;
import dev.airproof.petri.model.Transition;
import dev.airproof.petri.xml.IndentedXml;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Stateless; writes P/T nets as PNML 2009 documents (indented, deterministic).
 *
 * <p>Requires: every id of every net is an XML NCName ({@link Pnml#isValidId}) and ids are unique
 * across the nets written together; otherwise {@link IllegalArgumentException} (use {@link
 * #invalidIds} first). The final marking goes into airproof's {@code <toolspecific>}; with {@link
 * Options#promFinalMarkings()} it is also written as ProM's {@code <finalmarkings>}, which ProM's
 * alignments need but which the ptnet grammar does not allow.
 */
public final class PnmlWriter {
  private PnmlWriter() {}

  /**
   * Output options.
   *
   * @param promFinalMarkings also write ProM's non-standard {@code <finalmarkings>} element
   */
  public record Options(boolean promFinalMarkings) {
    /** Standard-conforming output. */
    public static Options standard() {
      return new Options(false);
    }
  }

  /** The ids of {@code net} (net, places, transitions, arcs) that are not XML NCNames. */
  public static List<String> invalidIds(PetriNet net) {
    List<String> bad = new ArrayList<>();
    for (String id : ids(net)) {
      if (!Pnml.isValidId(id)) {
        bad.add(id);
      }
    }
    return List.copyOf(bad);
  }

  private static List<String> ids(PetriNet net) {
    List<String> ids = new ArrayList<>();
    ids.add(net.id());
    net.places().forEach(p -> ids.add(p.id()));
    net.transitions().forEach(t -> ids.add(t.id()));
    net.arcs().forEach(a -> ids.add(a.id()));
    return ids;
  }

  /** The PNML document of one net with standard options. */
  public static String write(PetriNet net) {
    StringWriter out = new StringWriter();
    try {
      write(List.of(net), Options.standard(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the PNML document of {@code nets} to {@code out}. */
  public static void write(List<PetriNet> nets, Options options, Writer out) throws IOException {
    Set<String> used = new HashSet<>();
    for (PetriNet net : nets) {
      List<String> bad = invalidIds(net);
      if (!bad.isEmpty()) {
        throw new IllegalArgumentException("ids are not XML NCNames: " + bad);
      }
      for (String id : ids(net)) {
        if (!used.add(id)) {
          throw new IllegalArgumentException("id '" + id + "' is used by two nets");
        }
      }
    }
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      IndentedXml w = new IndentedXml(x);
      x.writeStartDocument("UTF-8", "1.0");
      w.open("pnml");
      x.writeDefaultNamespace(Pnml.NAMESPACE);
      for (PetriNet net : nets) {
        writeNet(w, net, pageId(net, used), options);
      }
      w.close();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write PNML: " + e.getMessage(), e);
    }
  }

  private static String pageId(PetriNet net, Set<String> used) {
    String id = net.id() + "_page";
    for (int k = 2; used.contains(id); k++) {
      id = net.id() + "_page" + k;
    }
    used.add(id);
    return id;
  }

  private static void writeNet(IndentedXml w, PetriNet net, String pageId, Options options)
      throws XMLStreamException {
    w.open("net");
    w.attribute("id", net.id());
    w.attribute("type", Pnml.PTNET_TYPE);
    writeName(w, net.name());
    w.open("page");
    w.attribute("id", pageId);
    for (int p = 0; p < net.placeCount(); p++) {
      writePlace(w, net.place(p), net.initialMarking().get(p));
    }
    for (Transition t : net.transitions()) {
      writeTransition(w, t);
    }
    for (Arc a : net.arcs()) {
      writeArc(w, a);
    }
    w.close();
    if (net.finalMarking().isPresent()) {
      w.open("toolspecific");
      w.attribute("tool", Pnml.TOOL);
      w.attribute("version", Pnml.TOOL_VERSION);
      writeMarking(w, "finalMarking", net, net.finalMarking().get());
      w.close();
      if (options.promFinalMarkings()) {
        w.open("finalmarkings");
        writeMarking(w, "marking", net, net.finalMarking().get());
        w.close();
      }
    }
    w.close();
  }

  private static void writeMarking(IndentedXml w, String element, PetriNet net, Marking m)
      throws XMLStreamException {
    w.open(element);
    for (int p = 0; p < m.size(); p++) {
      if (m.get(p) > 0) {
        w.open("place");
        w.attribute("idref", net.place(p).id());
        w.leaf("text", Integer.toString(m.get(p)));
        w.close();
      }
    }
    w.close();
  }

  private static void writeName(IndentedXml w, String name) throws XMLStreamException {
    w.open("name");
    w.leaf("text", name);
    w.close();
  }

  private static void writePlace(IndentedXml w, Place p, int tokens) throws XMLStreamException {
    w.open("place");
    w.attribute("id", p.id());
    writeName(w, p.name());
    writePosition(w, p.position());
    if (tokens > 0) {
      w.open("initialMarking");
      w.leaf("text", Integer.toString(tokens));
      w.close();
    }
    w.close();
  }

  private static void writeTransition(IndentedXml w, Transition t) throws XMLStreamException {
    w.open("transition");
    w.attribute("id", t.id());
    writeName(w, t.name());
    writePosition(w, t.position());
    if (t.label().isPresent()) {
      w.open("toolspecific");
      w.attribute("tool", Pnml.TOOL);
      w.attribute("version", Pnml.TOOL_VERSION);
      w.leaf("label", t.label().get());
      w.close();
    }
    w.close();
  }

  private static void writeArc(IndentedXml w, Arc a) throws XMLStreamException {
    w.open("arc");
    w.attribute("id", a.id());
    w.attribute("source", a.source());
    w.attribute("target", a.target());
    w.open("inscription");
    w.leaf("text", Integer.toString(a.weight()));
    w.close();
    w.close();
  }

  private static void writePosition(IndentedXml w, Optional<Position> position)
      throws XMLStreamException {
    if (position.isPresent()) {
      w.open("graphics");
      w.empty("position");
      w.attribute("x", decimal(position.get().x()));
      w.attribute("y", decimal(position.get().y()));
      w.close();
    }
  }

  /** An xsd:decimal (no exponent) that parses back to the same double. */
  static String decimal(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
