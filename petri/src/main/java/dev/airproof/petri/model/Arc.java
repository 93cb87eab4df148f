package dev.airproof.petri.model;

import java.util.Objects;

/**
 * Immutable; a weighted arc from a place to a transition or from a transition to a place.
 *
 * <p>Whether the arc is an input or an output arc follows from the kinds of its ends; a valid net
 * never joins two places or two transitions.
 *
 * @param id unique identifier within the net
 * @param source id of the source node
 * @param target id of the target node
 * @param weight multiplicity (PNML inscription), at least 1 in a valid net
 */
public record Arc(String id, String source, String target, int weight) {
  public Arc {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
