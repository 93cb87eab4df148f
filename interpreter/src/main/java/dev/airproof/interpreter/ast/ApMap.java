package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (ap (key value) %map)}: appends a key/value pair to a stream map; mirrors AquaVM
 * {@code instructions/ap_map.rs}.
 *
 * <p>Invariant: {@code key} is a {@link StringLiteral}, {@link IntLiteral}, {@link ScalarRef} or a
 * {@link CanonStreamRef} with a lens.
 */
public record ApMap(Value key, Value value, StreamMapName map, Span span) implements Instruction {
  public ApMap {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(span, "span");
  }
}
