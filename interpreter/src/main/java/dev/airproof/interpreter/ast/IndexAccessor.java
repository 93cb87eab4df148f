package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code .[N]} or {@code [N]}: an array element by index.
 *
 * <p>Invariant: {@code 0 <= index <= 4294967295} (AquaVM reads a u32).
 */
public record IndexAccessor(long index, Span span) implements Accessor {
  public IndexAccessor {
    if (index < 0 || index > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("index out of u32 range: " + index);
    }
    Objects.requireNonNull(span, "span");
  }
}
