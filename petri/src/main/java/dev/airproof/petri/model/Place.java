package dev.airproof.petri.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; a place of a P/T net.
 *
 * @param id unique identifier within the net (also unique among transitions and arcs)
 * @param name human-readable name (PNML {@code <name>}); equals the id when none was given
 * @param position optional layout position
 */
public record Place(String id, String name, Optional<Position> position) {
  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
  }

  /** A place whose name is its id and which has no position. */
  public static Place of(String id) {
    return new Place(id, id, Optional.empty());
  }
}
