package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.Optional;

/**
 * Immutable; the value of {@code %last_error%} or {@code :error:}: the error object, its tetraplet and
 * provenance, and (for {@code :error:} inside an xor) the original catchable error.
 */
record InstructionError(
    JsonNode error, Optional<SecurityTetraplet> tetraplet, Provenance provenance,
    Optional<ExecError.Catchable> original) {

  static InstructionError none() {
    ObjectNode o = JValues.NODES.objectNode();
    o.put("error_code", 0L);
    o.put("message", "");
    return new InstructionError(o, Optional.empty(), Provenance.LITERAL, Optional.empty());
  }

  static JsonNode object(long code, String message, String instruction, Optional<String> peerId) {
    ObjectNode o = JValues.NODES.objectNode();
    o.put("error_code", code);
    o.put("instruction", instruction);
    o.put("message", message);
    peerId.ifPresent(p -> o.put("peer_id", p));
    return o;
  }

  InstructionError withOriginal(Optional<ExecError.Catchable> orig) {
    return new InstructionError(error, tetraplet, provenance, orig);
  }
}
