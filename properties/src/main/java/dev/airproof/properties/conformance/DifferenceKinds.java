package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Stateless; classifies a difference for {@link Fingerprint} (see there for the kinds). */
final class DifferenceKinds {
  private DifferenceKinds() {}

  static String kind(Facet facet, Optional<JsonNode> java, Optional<JsonNode> aquavm) {
    if (java.isEmpty() || aquavm.isEmpty()) {
      return java.isEmpty() ? "java has fewer items" : "aquavm has fewer items";
    }
    JsonNode j = java.get();
    JsonNode a = aquavm.get();
    return switch (facet) {
      case RET_CODES -> "java " + j.path("retCode").asText() + " vs aquavm " + a.path("retCode").asText();
      case ERROR_MESSAGES -> ErrorPhrases.template(a.asText().isEmpty() ? "java: " + j.asText() : a.asText());
      case STEPS, EXECUTED_CALLS, RUN -> firstField(j, a);
      case FINAL_TRACES -> traceLineKind(j, a);
    };
  }

  private static String firstField(JsonNode j, JsonNode a) {
    Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      if (!ReportFacets.sameValue(j.path(e.getKey()), e.getValue())) {
        return e.getKey();
      }
    }
    return "shape";
  }

  private static String traceLineKind(JsonNode j, JsonNode a) {
    int n = Math.max(j.size(), a.size());
    for (int i = 0; i < n; i++) {
      String jl = j.path(i).asText("<none>");
      String al = a.path(i).asText("<none>");
      if (!jl.equals(al)) {
        return "line " + lineKind(al) + " vs java " + lineKind(jl);
      }
    }
    return "shape";
  }

  /** The state kind of a compact trace line: {@code call scalar}, {@code fold}, {@code par}, ... */
  static String lineKind(String line) {
    String[] words = line.split(" ", 3);
    if (words.length >= 2 && (words[0].equals("call") || words[0].equals("canon"))) {
      return words[0] + " " + (words[1].startsWith("[") ? "values" : words[1]);
    }
    return words[0];
  }
}
