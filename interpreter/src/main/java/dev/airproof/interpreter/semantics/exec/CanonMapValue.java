package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable; a canon stream map bound to a {@code #%name} ({@code value_types/canon_stream_map.rs}):
 * the frozen key/value pair objects in stream order, the values grouped by key, the canon tetraplet
 * and the canon result CID.
 *
 * <p>Keys are typed ({@code "7"} and {@code 7} are different keys) but render as the same JSON
 * object key; AquaVM then keeps one of them at random, this implementation keeps the one whose first
 * occurrence is later.
 */
record CanonMapValue(List<ValueAggregate> pairs, Map<MapKey, List<ValueAggregate>> byKey,
    SecurityTetraplet tetraplet, String cid) {

  /** Immutable; a stream map key: a string or an integer (AquaVM's {@code StreamMapKey}). */
  record MapKey(boolean isString, String text) {
    static Optional<MapKey> of(JsonNode v) {
      if (v.isTextual()) {
        return Optional.of(new MapKey(true, v.textValue()));
      }
      if (v.isIntegralNumber()) {
        return Optional.of(new MapKey(false, v.bigIntegerValue().toString()));
      }
      return Optional.empty();
    }

    JsonNode json() {
      return isString ? JValues.text(text) : JValues.integer(new java.math.BigInteger(text));
    }
  }

  /** Builds the map from the frozen pairs; empty when a pair is malformed (uncatchable 20014). */
  static Optional<CanonMapValue> of(List<ValueAggregate> pairs, SecurityTetraplet t, String cid) {
    Map<MapKey, List<ValueAggregate>> byKey = new LinkedHashMap<>();
    for (ValueAggregate p : pairs) {
      if (!p.value().isObject() || !p.value().has("key")) {
        return Optional.empty();
      }
      Optional<MapKey> k = MapKey.of(p.value().get("key"));
      if (k.isEmpty() || !p.value().has("value")) {
        return Optional.empty();
      }
      byKey.computeIfAbsent(k.get(), x -> new ArrayList<>()).add(ValueAggregate.of(
          p.value().get("value"), p.tetraplet(), p.provenance(), p.tracePos()));
    }
    return Optional.of(new CanonMapValue(pairs, byKey, t, cid));
  }

  /** {@code {key: [values...]}}. */
  JsonNode asJson() {
    ObjectNode o = JValues.NODES.objectNode();
    for (Map.Entry<MapKey, List<ValueAggregate>> e : byKey.entrySet()) {
      ArrayNode a = JValues.NODES.arrayNode();
      e.getValue().forEach(v -> a.add(v.value()));
      o.set(e.getKey().text(), a);
    }
    return JValues.parse(JValues.compact(o)).orElseThrow();
  }
}
