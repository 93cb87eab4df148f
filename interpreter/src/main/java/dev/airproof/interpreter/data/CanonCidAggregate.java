package dev.airproof.interpreter.data;

import java.util.Objects;

/** Immutable; an entry of {@code canon_element_store}: one canon element. */
public record CanonCidAggregate(String valueCid, String tetrapletCid, Provenance provenance) {
  public CanonCidAggregate {
    Objects.requireNonNull(valueCid, "valueCid");
    Objects.requireNonNull(tetrapletCid, "tetrapletCid");
    Objects.requireNonNull(provenance, "provenance");
  }
}
