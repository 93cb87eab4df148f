package dev.airproof.interpreter.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code .$} followed by accessors, e.g. {@code .$.field.[0].[idx]!}.
 *
 * <p>Invariant: {@code accessors} is non-empty.
 *
 * @param flatten true when the token ended in {@code !} (accepted and ignored by AquaVM)
 */
public record ValuePath(List<Accessor> accessors, boolean flatten, Span span) implements Lens {
  public ValuePath {
    accessors = List.copyOf(accessors);
    if (accessors.isEmpty()) {
      throw new IllegalArgumentException("a value path needs at least one accessor");
    }
    Objects.requireNonNull(span, "span");
  }
}
