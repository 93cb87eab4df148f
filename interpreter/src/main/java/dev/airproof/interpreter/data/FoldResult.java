package dev.airproof.interpreter.data;

import java.util.List;

/** Immutable; {@code {"fold": {"lore": [...]}}}: the iterations of a stream fold. */
public record FoldResult(List<FoldSubTraceLore> lore) implements ExecutedState {
  public FoldResult {
    lore = List.copyOf(lore);
  }
}
