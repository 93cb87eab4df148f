package dev.airproof.interpreter.data;

import java.util.List;

/**
 * Immutable; {@code {"pos": value_pos, "desc": [before, after]}}: the states one stream-fold
 * iteration produced before and after its {@code next}.
 *
 * <p>Invariant: {@code valuePos} is a u32. {@code descs} normally has 2 entries; data read from
 * outside may have any number (AquaVM rejects other counts when it merges).
 */
public record FoldSubTraceLore(long valuePos, List<SubTraceDesc> descs) {
  public FoldSubTraceLore {
    U32.require(valuePos, "valuePos");
    descs = List.copyOf(descs);
  }
}
