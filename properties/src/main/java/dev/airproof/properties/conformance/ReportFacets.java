package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Stateless; extracts the compared items of each {@link Facet} from a report (SCENARIO-SPEC.md format)
 * and finds the first difference. Numbers are compared by value as JavaScript doubles (the AquaVM
 * side went through JavaScript: {@code 1.0} prints as {@code 1}, 64-bit integers lose precision); next peers as sets; parse-error messages by their final phrases.
 */
final class ReportFacets {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return Double.compare(a.doubleValue(), b.doubleValue()) == 0 ? 0 : a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private ReportFacets() {}

  /** Immutable; one compared item: where it is and its normalised value. */
  record Item(String where, JsonNode value) {}

  static List<Item> items(Facet facet, JsonNode report) {
    return switch (facet) {
      case RET_CODES -> perStep(report, s -> object("peer", s.path("peer"), "retCode", s.path("retCode")));
      case ERROR_MESSAGES -> perStep(report, s -> TextNode.valueOf(ErrorPhrases.comparable(s.path("errorMessage").asText(""))));
      case STEPS -> perStep(report, ReportFacets::step);
      case EXECUTED_CALLS -> calls(report);
      case FINAL_TRACES -> traces(report);
      case RUN -> List.of(new Item("run", run(report)));
    };
  }

  static Optional<FacetComparison.Difference> firstDifference(Facet facet, List<Item> java, List<Item> aquavm) {
    int n = Math.max(java.size(), aquavm.size());
    for (int i = 0; i < n; i++) {
      Optional<Item> j = i < java.size() ? Optional.of(java.get(i)) : Optional.empty();
      Optional<Item> a = i < aquavm.size() ? Optional.of(aquavm.get(i)) : Optional.empty();
      if (j.isPresent() && a.isPresent() && sameValue(j.get().value(), a.get().value())) {
        continue;
      }
      String where = a.or(() -> j).orElseThrow().where();
      String jt = j.map(x -> text(x.value())).orElse("<none>");
      String at = a.map(x -> text(x.value())).orElse("<none>");
      return Optional.of(new FacetComparison.Difference(where, jt, at,
          DifferenceKinds.kind(facet, j.map(Item::value), a.map(Item::value))));
    }
    return Optional.empty();
  }

  static boolean sameValue(JsonNode a, JsonNode b) {
    return a.equals(BY_VALUE, b);
  }

  private static String text(JsonNode v) {
    return v.isTextual() ? v.textValue() : v.toString();
  }

  private interface StepView {
    JsonNode of(JsonNode step);
  }

  private static List<Item> perStep(JsonNode report, StepView view) {
    List<Item> out = new ArrayList<>();
    int i = 1;
    for (JsonNode s : report.path("steps")) {
      out.add(new Item("step " + i++ + " (" + s.path("peer").asText() + ")", view.of(s)));
    }
    return out;
  }

  private static JsonNode step(JsonNode s) {
    ObjectNode o = NODES.objectNode();
    o.set("peer", s.path("peer"));
    o.set("trigger", s.path("trigger"));
    o.set("retCode", s.path("retCode"));
    TreeSet<String> next = new TreeSet<>();
    s.path("nextPeers").forEach(p -> next.add(p.asText()));
    ArrayNode nextPeers = o.putArray("nextPeers");
    next.forEach(nextPeers::add);
    o.set("callRequests", s.path("callRequests"));
    return o;
  }

  private static List<Item> calls(JsonNode report) {
    List<Item> out = new ArrayList<>();
    int i = 1;
    for (JsonNode c : report.path("executedCalls")) {
      ObjectNode o = NODES.objectNode();
      for (String f : List.of("peer", "service", "function", "args", "retCode", "result")) {
        o.set(f, c.path(f));
      }
      out.add(new Item("call " + i++ + " (" + c.path("peer").asText() + " " + c.path("service").asText()
          + "." + c.path("function").asText() + ")", o));
    }
    return out;
  }

  private static List<Item> traces(JsonNode report) {
    List<Item> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> peers = report.path("final").fields();
    while (peers.hasNext()) {
      Map.Entry<String, JsonNode> e = peers.next();
      out.add(new Item("peer " + e.getKey(), e.getValue().path("compactTrace")));
    }
    return out;
  }

  private static JsonNode run(JsonNode report) {
    ObjectNode o = NODES.objectNode();
    o.set("stopReason", report.path("stopReason"));
    o.set("invocations", report.path("invocations"));
    o.set("undelivered", report.path("undelivered"));
    return o;
  }

  private static ObjectNode object(String k1, JsonNode v1, String k2, JsonNode v2) {
    ObjectNode o = NODES.objectNode();
    o.set(k1, v1);
    o.set(k2, v2);
    return o;
  }
}
