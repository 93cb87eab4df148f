package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (canon peer %map #%canon_map)}: freezes a stream map into a canon stream map; mirrors AquaVM
 * {@code instructions/canon_stream_map.rs}.
 */
public record CanonMap(Value peer, StreamMapName map, CanonStreamMapName canonMap, Span span)
    implements Instruction {
  public CanonMap {
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(canonMap, "canonMap");
    Objects.requireNonNull(span, "span");
  }
}
