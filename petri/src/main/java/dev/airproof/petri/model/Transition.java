package dev.airproof.petri.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; a transition of a P/T net.
 *
 * @param id unique identifier within the net
 * @param name human-readable name; equals the id when none was given
 * @param label optional action label (for labelled nets); empty means a silent (tau) transition
 *     when the net is read as a labelled net
 * @param position optional layout position
 */
public record Transition(
    String id, String name, Optional<String> label, Optional<Position> position) {
  public Transition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(position, "position");
  }

  /** A transition whose name is its id, without label or position. */
  public static Transition of(String id) {
    return new Transition(id, id, Optional.empty(), Optional.empty());
  }
}
