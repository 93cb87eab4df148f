package dev.airproof.petri.pnml;

import dev.airproof.petri.model.Arc;
import dev.airproof.petri.model.NetError;
import dev.airproof.petri.model.NetValidation;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.model.Place;
import dev.airproof.petri.model.Position;
import dev.airproof.petri.model.Transition;
import dev.airproof.petri.pnml.PnmlError.Code;
import dev.airproof.petri.pnml.PnmlParser.Loc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Mutable; parses one {@code <net>} element (with its pages) into a net draft, then validates. */
final class NetParser {
  private record RawArc(String id, String source, String target, int weight) {}

  private final PnmlParser p;
  private final XMLStreamReader x;
  private final List<Place> places = new ArrayList<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final List<RawArc> arcs = new ArrayList<>();
  private final Map<String, Integer> initial = new LinkedHashMap<>();
  private Optional<Map<String, Integer>> finalMarking = Optional.empty();
  private final Map<String, String> refPlaces = new HashMap<>();
  private final Map<String, String> refTransitions = new HashMap<>();
  private final Map<String, Loc> where = new HashMap<>();
  private Optional<String> name = Optional.empty();
  private int pages;

  NetParser(PnmlParser parser) {
    this.p = parser;
    this.x = parser.stream();
  }

  Optional<PetriNet> parse() throws XMLStreamException {
    Loc at = p.here();
    Optional<String> id = p.required("id");
    Optional<String> type = p.required("type");
    id.ifPresent(i -> p.declare(i, at));
    if (type.isPresent() && !type.get().equals(Pnml.PTNET_TYPE)) {
      p.error(
          at,
          Code.UNSUPPORTED_NET_TYPE,
          "net type '" + type.get() + "' is not the P/T net type " + Pnml.PTNET_TYPE);
      p.skip();
      return Optional.empty();
    }
    p.children(
        child -> {
          switch (child) {
            case "name" -> name = p.labelText();
            case "page" -> page();
            case "toolspecific" -> netToolSpecific();
            case "finalmarkings" -> promFinalMarkings();
            default -> p.unexpected("net");
          }
        });
    if (pages == 0) {
      p.error(at, Code.NO_PAGE, "net '" + id.orElse("?") + "' has no <page>");
    }
    if (id.isEmpty() || p.hasErrors()) {
      return Optional.empty();
    }
    return build(id.get(), at);
  }

  private void page() throws XMLStreamException {
    pages++;
    Loc at = p.here();
    p.required("id").ifPresent(i -> p.declare(i, at));
    p.children(
        child -> {
          switch (child) {
            case "place" -> place();
            case "transition" -> transition();
            case "arc" -> arc();
            case "referencePlace" -> reference(refPlaces);
            case "referenceTransition" -> reference(refTransitions);
            case "page" -> page();
            case "name", "graphics", "toolspecific" -> p.skip();
            default -> p.unexpected("page");
          }
        });
  }

  private Optional<String> node() {
    Loc at = p.here();
    Optional<String> id = p.required("id");
    id.ifPresent(
        i -> {
          p.declare(i, at);
          where.putIfAbsent(i, at);
        });
    return id;
  }

  /** Mutable; the labels collected for one place or transition. */
  private static final class NodeDraft {
    private Optional<String> name = Optional.empty();
    private Optional<String> label = Optional.empty();
    private Optional<Position> position = Optional.empty();
  }

  private void place() throws XMLStreamException {
    Optional<String> id = node();
    NodeDraft d = new NodeDraft();
    p.children(
        child -> {
          switch (child) {
            case "name" -> d.name = p.labelText();
            case "initialMarking" -> {
              OptionalInt tokens = p.number(0, 0);
              if (id.isPresent() && tokens.isPresent() && tokens.getAsInt() > 0) {
                initial.put(id.get(), tokens.getAsInt());
              }
            }
            case "graphics" -> d.position = p.nodeGraphics();
            case "toolspecific" -> p.skip();
            default -> p.unexpected("place");
          }
        });
    id.ifPresent(i -> places.add(new Place(i, d.name.orElse(i), d.position)));
  }

  private void transition() throws XMLStreamException {
    Optional<String> id = node();
    NodeDraft d = new NodeDraft();
    p.children(
        child -> {
          switch (child) {
            case "name" -> d.name = p.labelText();
            case "graphics" -> d.position = p.nodeGraphics();
            case "toolspecific" -> transitionLabel().ifPresent(l -> d.label = Optional.of(l));
            default -> p.unexpected("transition");
          }
        });
    id.ifPresent(i -> transitions.add(new Transition(i, d.name.orElse(i), d.label, d.position)));
  }

  /** airproof's transition label inside a {@code <toolspecific>}, if this is ours. */
  private Optional<String> transitionLabel() throws XMLStreamException {
    if (!Pnml.TOOL.equals(x.getAttributeValue(null, "tool"))) {
      p.skip();
      return Optional.empty();
    }
    List<String> label = new ArrayList<>(1);
    p.children(
        child -> {
          if (child.equals("label")) {
            label.add(x.getElementText());
          } else {
            p.skip();
          }
        });
    return label.stream().findFirst();
  }

  private void arc() throws XMLStreamException {
    Loc at = p.here();
    Optional<String> id = p.required("id");
    Optional<String> source = p.required("source");
    Optional<String> target = p.required("target");
    id.ifPresent(
        i -> {
          p.declare(i, at);
          where.putIfAbsent(i, at);
        });
    int[] weight = {1};
    p.children(
        child -> {
          switch (child) {
            case "inscription" -> p.number(1, 1).ifPresent(w -> weight[0] = w);
            case "name", "graphics", "toolspecific" -> p.skip();
            default -> p.unexpected("arc");
          }
        });
    if (id.isPresent() && source.isPresent() && target.isPresent()) {
      arcs.add(new RawArc(id.get(), source.get(), target.get(), weight[0]));
    }
  }

  private void reference(Map<String, String> refs) throws XMLStreamException {
    Optional<String> id = node();
    Optional<String> ref = p.required("ref");
    p.skip();
    if (id.isPresent() && ref.isPresent()) {
      refs.put(id.get(), ref.get());
    }
  }

  private void netToolSpecific() throws XMLStreamException {
    if (!Pnml.TOOL.equals(x.getAttributeValue(null, "tool"))) {
      p.skip();
      return;
    }
    p.children(
        child -> {
          if (child.equals("finalMarking")) {
            finalMarking = Optional.of(markingEntries("finalMarking"));
          } else {
            p.skip();
          }
        });
  }

  private void promFinalMarkings() throws XMLStreamException {
    p.children(
        child -> {
          if (child.equals("marking") && finalMarking.isEmpty()) {
            finalMarking = Optional.of(markingEntries("marking"));
          } else {
            p.skip();
          }
        });
  }

  /** {@code <place idref=..><text>n</text></place>} entries of a marking element. */
  private Map<String, Integer> markingEntries(String element) throws XMLStreamException {
    Map<String, Integer> entries = new LinkedHashMap<>();
    p.children(
        child -> {
          if (!child.equals("place")) {
            p.unexpected(element);
            return;
          }
          Optional<String> idref = p.required("idref");
          OptionalInt n = p.number(0, 0);
          if (idref.isPresent() && n.isPresent() && n.getAsInt() > 0) {
            entries.put(idref.get(), n.getAsInt());
          }
        });
    return entries;
  }

  private Optional<PetriNet> build(String id, Loc at) {
    Optional<List<Arc>> resolved = resolveArcs();
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> fin = finalMarking.map(this::resolveMarking).orElse(Map.of());
    Map<String, Integer> init = resolveMarking(initial);
    List<NetError> invalid = NetValidation.check(places, transitions, resolved.get(), init, fin);
    for (NetError e : invalid) {
      p.error(where.getOrDefault(e.subject(), at), Code.INVALID_NET, e.code() + ": " + e.message());
    }
    if (!invalid.isEmpty()) {
      return Optional.empty();
    }
    Optional<Map<String, Integer>> finalResolved = finalMarking.map(m -> fin);
    return Optional.of(
        PetriNet.of(id, name.orElse(id), places, transitions, resolved.get(), init, finalResolved));
  }

  private Map<String, Integer> resolveMarking(Map<String, Integer> m) {
    Map<String, Integer> result = new LinkedHashMap<>();
    m.forEach((place, n) -> result.merge(resolve(place).orElse(place), n, Integer::sum));
    return result;
  }

  private Optional<List<Arc>> resolveArcs() {
    boolean placesOk = checkReferences(refPlaces, "place");
    boolean transitionsOk = checkReferences(refTransitions, "transition");
    boolean ok = placesOk && transitionsOk;
    if (!ok) {
      return Optional.empty();
    }
    List<Arc> result = new ArrayList<>();
    for (RawArc a : arcs) {
      result.add(
          new Arc(
              a.id(),
              resolve(a.source()).orElse(a.source()),
              resolve(a.target()).orElse(a.target()),
              a.weight()));
    }
    return Optional.of(result);
  }

  /** Every reference chain ends at a declared node of the right kind, without cycles. */
  private boolean checkReferences(Map<String, String> refs, String kind) {
    boolean ok = true;
    Set<String> targets = new HashSet<>();
    if (kind.equals("place")) {
      places.forEach(pl -> targets.add(pl.id()));
    } else {
      transitions.forEach(t -> targets.add(t.id()));
    }
    for (String ref : refs.keySet()) {
      Set<String> seen = new HashSet<>();
      String cur = ref;
      while (refs.containsKey(cur) && seen.add(cur)) {
        cur = refs.get(cur);
      }
      if (refs.containsKey(cur)) {
        p.error(
            where.get(ref),
            Code.REFERENCE_CYCLE,
            "reference " + kind + " '" + ref + "' is part of a cycle");
        ok = false;
      } else if (!targets.contains(cur)) {
        p.error(
            where.get(ref),
            Code.UNRESOLVED_REFERENCE,
            "reference " + kind + " '" + ref + "' refers to '" + cur + "', which is no " + kind);
        ok = false;
      }
    }
    return ok;
  }

  private Optional<String> resolve(String id) {
    Map<String, String> refs = refPlaces.containsKey(id) ? refPlaces : refTransitions;
    if (!refs.containsKey(id)) {
      return Optional.empty();
    }
    String cur = id;
    while (refs.containsKey(cur)) {
      cur = refs.get(cur);
    }
    return Optional.of(cur);
  }
}
