package dev.airproof.interpreter.data;

import java.util.List;
import java.util.Objects;

/** Immutable; an entry of {@code canon_result_store}: the canon tetraplet and the element CIDs. */
public record CanonResultAggregate(String tetrapletCid, List<String> values) {
  public CanonResultAggregate {
    Objects.requireNonNull(tetrapletCid, "tetrapletCid");
    values = List.copyOf(values);
  }
}
