package dev.airproof.interpreter.data;

import java.util.Objects;

/** Immutable; an entry of {@code service_result_store}: value, argument hash and tetraplet CIDs. */
public record ServiceResultAggregate(String valueCid, String argumentHash, String tetrapletCid) {
  public ServiceResultAggregate {
    Objects.requireNonNull(valueCid, "valueCid");
    Objects.requireNonNull(argumentHash, "argumentHash");
    Objects.requireNonNull(tetrapletCid, "tetrapletCid");
  }
}
