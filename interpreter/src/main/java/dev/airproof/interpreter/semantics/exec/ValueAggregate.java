package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import java.util.Objects;

/**
 * Immutable; a value with where it came from and the result position of the state that produced it
 * (AquaVM's {@code ValueAggregate}).
 */
public record ValueAggregate(
    JsonNode value, SecurityTetraplet tetraplet, Provenance provenance, long tracePos) {
  public ValueAggregate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(tetraplet, "tetraplet");
    Objects.requireNonNull(provenance, "provenance");
  }

  ValueAggregate atPos(long pos) {
    return new ValueAggregate(value, tetraplet, provenance, pos);
  }
}
