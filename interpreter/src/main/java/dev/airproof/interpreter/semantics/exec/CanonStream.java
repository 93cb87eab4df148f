package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;

/**
 * Immutable; a canon stream bound to a {@code #name}: the frozen values, the canon tetraplet and the
 * canon result CID (AquaVM's {@code CanonStreamWithProvenance}).
 */
record CanonStream(List<ValueAggregate> values, SecurityTetraplet tetraplet, String cid) {
  CanonStream {
    values = List.copyOf(values);
  }

  JsonNode asJson() {
    ArrayNode a = JValues.NODES.arrayNode();
    values.forEach(v -> a.add(v.value()));
    return a;
  }
}
