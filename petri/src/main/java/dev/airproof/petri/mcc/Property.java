package dev.airproof.petri.mcc;

import java.util.Objects;

/**
 * Immutable; one MCC property.
 *
 * @param id unique id, by MCC convention {@code <model>-<Examination>-<nn>}
 * @param description human-readable description
 * @param query what is asked
 */
public record Property(String id, String description, Query query) {
  public Property {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(query, "query");
  }
}
