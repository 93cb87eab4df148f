package dev.airproof.petri.build;

import dev.airproof.petri.model.Arc;
import dev.airproof.petri.model.NetError;
import dev.airproof.petri.model.NetValidation;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.model.Place;
import dev.airproof.petri.model.Position;
import dev.airproof.petri.model.Transition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Mutable; collects places, transitions, arcs and markings, then validates them in {@link
 * #build()}.
 *
 * <p>Nothing is checked while declaring; {@link #build()} reports every problem at once. Arcs
 * declared without an id get {@code a1, a2, ...} (skipping ids already in use) in declaration
 * order, so equal declaration sequences give equal nets. Setting the tokens of a place twice keeps
 * the last value.
 */
public final class NetBuilder {
  private final String id;
  private String name;
  private final List<Place> places = new ArrayList<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final List<Arc> arcs = new ArrayList<>();
  private final List<Boolean> generatedArcId = new ArrayList<>();
  private final Map<String, Integer> initial = new LinkedHashMap<>();
  private final Map<String, Integer> finalMarking = new LinkedHashMap<>();
  private boolean hasFinalMarking;

  /** A builder for the net with this id (also its name until {@link #name} is called). */
  public NetBuilder(String id) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = id;
  }

  /** Sets the net's name. */
  public NetBuilder name(String netName) {
    this.name = Objects.requireNonNull(netName, "name");
    return this;
  }

  /** Declares a place named by its id. */
  public NetBuilder place(String placeId) {
    return place(Place.of(placeId));
  }

  /** Declares a place with a name. */
  public NetBuilder place(String placeId, String placeName) {
    return place(new Place(placeId, placeName, Optional.empty()));
  }

  /** Declares a place with a name and a position. */
  public NetBuilder place(String placeId, String placeName, Position position) {
    return place(new Place(placeId, placeName, Optional.of(position)));
  }

  /** Declares a place. */
  public NetBuilder place(Place place) {
    places.add(Objects.requireNonNull(place, "place"));
    return this;
  }

  /** Declares a transition named by its id. */
  public NetBuilder transition(String transitionId) {
    return transition(Transition.of(transitionId));
  }

  /** Declares a transition with a name and an action label. */
  public NetBuilder transition(String transitionId, String transitionName, String label) {
    return transition(
        new Transition(transitionId, transitionName, Optional.of(label), Optional.empty()));
  }

  /** Declares a transition. */
  public NetBuilder transition(Transition transition) {
    transitions.add(Objects.requireNonNull(transition, "transition"));
    return this;
  }

  /** Declares an arc of weight 1 with a generated id. */
  public NetBuilder arc(String source, String target) {
    return arc(source, target, 1);
  }

  /** Declares an arc with a generated id. */
  public NetBuilder arc(String source, String target, int weight) {
    arcs.add(new Arc("", source, target, weight));
    generatedArcId.add(true);
    return this;
  }

  /** Declares an arc with an explicit id. */
  public NetBuilder arc(Arc arc) {
    arcs.add(Objects.requireNonNull(arc, "arc"));
    generatedArcId.add(false);
    return this;
  }

  /** Puts {@code count} tokens on {@code placeId} in the initial marking. */
  public NetBuilder tokens(String placeId, int count) {
    initial.put(Objects.requireNonNull(placeId, "placeId"), count);
    return this;
  }

  /** Declares that the net has a final marking and puts {@code count} tokens on a place in it. */
  public NetBuilder finalTokens(String placeId, int count) {
    hasFinalMarking = true;
    finalMarking.put(Objects.requireNonNull(placeId, "placeId"), count);
    return this;
  }

  /** Declares an (initially empty) final marking: all places empty. */
  public NetBuilder emptyFinalMarking() {
    hasFinalMarking = true;
    return this;
  }

  /** Validates the declarations: the net, or every error found. */
  public BuildResult build() {
    List<Arc> named = nameArcs();
    List<NetError> errors = NetValidation.check(places, transitions, named, initial, finalMarking);
    if (!errors.isEmpty()) {
      return new BuildResult.Invalid(errors);
    }
    return new BuildResult.Built(
        PetriNet.of(
            id,
            name,
            places,
            transitions,
            named,
            initial,
            hasFinalMarking ? Optional.of(finalMarking) : Optional.empty()));
  }

  private List<Arc> nameArcs() {
    Set<String> used = new HashSet<>();
    places.forEach(p -> used.add(p.id()));
    transitions.forEach(t -> used.add(t.id()));
    for (int i = 0; i < arcs.size(); i++) {
      if (!generatedArcId.get(i)) {
        used.add(arcs.get(i).id());
      }
    }
    List<Arc> result = new ArrayList<>();
    int next = 1;
    for (int i = 0; i < arcs.size(); i++) {
      Arc a = arcs.get(i);
      if (generatedArcId.get(i)) {
        while (used.contains("a" + next)) {
          next++;
        }
        a = new Arc("a" + next, a.source(), a.target(), a.weight());
        used.add(a.id());
      }
      result.add(a);
    }
    return result;
  }
}
