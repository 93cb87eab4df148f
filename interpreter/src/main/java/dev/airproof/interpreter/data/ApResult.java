package dev.airproof.interpreter.data;

import java.util.List;

/**
 * Immutable; {@code {"ap": {"gens": [g]}}}: the generation a value applied to a stream got.
 *
 * <p>Invariant: each generation is a u32. Normally exactly one; data read from outside may hold any
 * number (AquaVM rejects other counts when it merges).
 */
public record ApResult(List<Long> generations) implements ExecutedState {
  public ApResult {
    generations = List.copyOf(generations);
    generations.forEach(g -> U32.require(g, "generation"));
  }
}
