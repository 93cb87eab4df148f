package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (canon peer %map scalar)}: freezes a stream map into a scalar JSON object (first value per
 * key); mirrors AquaVM {@code instructions/canon_map_scalar.rs}.
 */
public record CanonMapScalar(Value peer, StreamMapName map, ScalarName scalar, Span span)
    implements Instruction {
  public CanonMapScalar {
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(scalar, "scalar");
    Objects.requireNonNull(span, "span");
  }
}
