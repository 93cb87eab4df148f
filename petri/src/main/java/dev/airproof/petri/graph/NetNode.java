package dev.airproof.petri.graph;

import dev.airproof.petri.model.Place;
import dev.airproof.petri.model.Transition;
import java.util.Objects;

/** Immutable; a vertex of a {@link NetGraphs net graph}: a place or a transition with its index. */
public sealed interface NetNode {

  /** The node's id in the net. */
  String id();

  /** The node's index among the net's places or transitions. */
  int index();

  /** A place vertex. */
  record PlaceNode(int index, Place place) implements NetNode {
    public PlaceNode {
      Objects.requireNonNull(place, "place");
    }

    @Override
    public String id() {
      return place.id();
    }
  }

  /** A transition vertex. */
  record TransitionNode(int index, Transition transition) implements NetNode {
    public TransitionNode {
      Objects.requireNonNull(transition, "transition");
    }

    @Override
    public String id() {
      return transition.id();
    }
  }
}
