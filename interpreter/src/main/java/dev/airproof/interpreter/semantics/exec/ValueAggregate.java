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

  /**
   * A value aggregate as AquaVM's {@code ValueAggregate::new} builds it: the enum keeps only the
   * fields its provenance needs, so a literal keeps just the peer ({@code (peer, "", "", "")}) and a
   * canon-derived value the peer and lens ({@code (peer, "", "", lens)}); service results keep the
   * whole tetraplet. Fold iterator items are not aggregates and keep their tetraplets as they are.
   */
  static ValueAggregate of(JsonNode value, SecurityTetraplet t, Provenance provenance, long pos) {
    SecurityTetraplet normalized = switch (provenance) {
      case Provenance.Literal l -> new SecurityTetraplet(t.peerPk(), "", "", "");
      case Provenance.Canon c -> new SecurityTetraplet(t.peerPk(), "", "", t.lens());
      case Provenance.ServiceResult s -> t;
    };
    return new ValueAggregate(value, normalized, provenance, pos);
  }

  ValueAggregate atPos(long pos) {
    return new ValueAggregate(value, tetraplet, provenance, pos);
  }
}
