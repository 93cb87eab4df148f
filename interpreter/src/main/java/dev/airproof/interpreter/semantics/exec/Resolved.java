package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import java.util.List;

/**
 * Immutable; a resolved AIR value: the JSON value, its tetraplets (one per element for a canon
 * stream) and its provenance.
 */
record Resolved(JsonNode value, List<SecurityTetraplet> tetraplets, Provenance provenance) {
  Resolved {
    tetraplets = List.copyOf(tetraplets);
  }

  SecurityTetraplet first() {
    return tetraplets.get(0);
  }
}
