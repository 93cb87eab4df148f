package dev.airproof.petri.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * Immutable; a valid place/transition net with an initial and an optional final marking, plus the
 * firing rule.
 *
 * <p>Invariant: the declarations pass {@link NetValidation#check}. Places and transitions are
 * indexed in declaration order; markings are vectors in place order. A transition {@code t} is
 * enabled at {@code m} iff {@code m(p) >= W(p,t)} for every input place {@code p}; firing it yields
 * {@code m - W(.,t) + W(t,.)}.
 */
public final class PetriNet {
  private final String id;
  private final String name;
  private final List<Place> places;
  private final List<Transition> transitions;
  private final List<Arc> arcs;
  private final Marking initialMarking;
  private final Optional<Marking> finalMarking;
  private final Map<String, Integer> placeIndex;
  private final Map<String, Integer> transitionIndex;
  private final Incidence incidence;

  private PetriNet(
      String id,
      String name,
      List<Place> places,
      List<Transition> transitions,
      List<Arc> arcs,
      Marking initialMarking,
      Optional<Marking> finalMarking) {
    this.id = id;
    this.name = name;
    this.places = List.copyOf(places);
    this.transitions = List.copyOf(transitions);
    this.arcs = List.copyOf(arcs);
    this.initialMarking = initialMarking;
    this.finalMarking = finalMarking;
    this.placeIndex = indexOf(this.places.stream().map(Place::id).toList());
    this.transitionIndex = indexOf(this.transitions.stream().map(Transition::id).toList());
    this.incidence = Incidence.of(this.arcs, placeIndex, transitionIndex, this.transitions.size());
  }

  /**
   * The net with these declarations; markings map place ids to token counts (absent places hold 0).
   *
   * @throws IllegalArgumentException if {@link NetValidation#check} reports any error (a bug in the
   *     caller: use {@code NetBuilder} to get errors as values)
   */
  public static PetriNet of(
      String id,
      String name,
      List<Place> places,
      List<Transition> transitions,
      List<Arc> arcs,
      Map<String, Integer> initial,
      Optional<Map<String, Integer>> finalMarking) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    List<NetError> errors =
        NetValidation.check(places, transitions, arcs, initial, finalMarking.orElse(Map.of()));
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("invalid net '" + id + "': " + errors);
    }
    Map<String, Integer> index = indexOf(places.stream().map(Place::id).toList());
    return new PetriNet(
        id,
        name,
        places,
        transitions,
        arcs,
        toMarking(initial, index),
        finalMarking.map(m -> toMarking(m, index)));
  }

  private static Map<String, Integer> indexOf(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return Map.copyOf(index);
  }

  private static Marking toMarking(Map<String, Integer> byId, Map<String, Integer> index) {
    int[] tokens = new int[index.size()];
    byId.forEach((place, count) -> tokens[index.get(place)] = count);
    return Marking.of(tokens);
  }

  /** The net identifier (PNML {@code net/@id}). */
  public String id() {
    return id;
  }

  /** The net's human-readable name. */
  public String name() {
    return name;
  }

  /** Places in index order. */
  public List<Place> places() {
    return places;
  }

  /** Transitions in index order. */
  public List<Transition> transitions() {
    return transitions;
  }

  /** Arcs in declaration order. */
  public List<Arc> arcs() {
    return arcs;
  }

  /** The initial marking. */
  public Marking initialMarking() {
    return initialMarking;
  }

  /** The final marking, if the net declares one (e.g. [o] for a workflow net). */
  public Optional<Marking> finalMarking() {
    return finalMarking;
  }

  /** Number of places. */
  public int placeCount() {
    return places.size();
  }

  /** Number of transitions. */
  public int transitionCount() {
    return transitions.size();
  }

  /** Place at index {@code i}. */
  public Place place(int i) {
    return places.get(i);
  }

  /** Transition at index {@code i}. */
  public Transition transition(int i) {
    return transitions.get(i);
  }

  /** Index of the place with this id. */
  public OptionalInt placeIndex(String placeId) {
    Integer i = placeIndex.get(placeId);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Index of the transition with this id. */
  public OptionalInt transitionIndex(String transitionId) {
    Integer i = transitionIndex.get(transitionId);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The arc structure as index arrays (immutable view). */
  public Incidence incidence() {
    return incidence;
  }

  /** This net with another initial marking (of the same size). */
  public PetriNet withInitialMarking(Marking marking) {
    requireSize(marking);
    return new PetriNet(id, name, places, transitions, arcs, marking, finalMarking);
  }

  /** This net with another (or no) final marking. */
  public PetriNet withFinalMarking(Optional<Marking> marking) {
    marking.ifPresent(this::requireSize);
    return new PetriNet(id, name, places, transitions, arcs, initialMarking, marking);
  }

  private void requireSize(Marking m) {
    if (m.size() != places.size()) {
      throw new IllegalArgumentException(
          "marking has " + m.size() + " places, net '" + id + "' has " + places.size());
    }
  }

  /** True iff transition {@code t} is enabled at {@code m}. */
  public boolean isEnabled(Marking m, int t) {
    requireSize(m);
    return incidence.isEnabled(m, t);
  }

  /** Indices of the transitions enabled at {@code m}, ascending. */
  public List<Integer> enabled(Marking m) {
    requireSize(m);
    List<Integer> result = new ArrayList<>();
    for (int t = 0; t < transitions.size(); t++) {
      if (incidence.isEnabled(m, t)) {
        result.add(t);
      }
    }
    return List.copyOf(result);
  }

  /** True iff no transition is enabled at {@code m} (a dead marking). */
  public boolean isDead(Marking m) {
    return enabled(m).isEmpty();
  }

  /**
   * The marking reached by firing {@code t} at {@code m}.
   *
   * @throws IllegalStateException if {@code t} is not enabled at {@code m}
   */
  public Marking fire(Marking m, int t) {
    if (!isEnabled(m, t)) {
      throw new IllegalStateException(
          "transition '" + transitions.get(t).id() + "' is not enabled at " + describe(m));
    }
    return incidence.fire(m, t);
  }

  /**
   * The marking reached from {@code start} by firing the transitions with these ids, if all fire.
   */
  public Optional<Marking> replay(Marking start, List<String> transitionIds) {
    Marking m = start;
    for (String tid : transitionIds) {
      OptionalInt t = transitionIndex(tid);
      if (t.isEmpty() || !isEnabled(m, t.getAsInt())) {
        return Optional.empty();
      }
      m = incidence.fire(m, t.getAsInt());
    }
    return Optional.of(m);
  }

  /** {@link #replay(Marking, List)} from the initial marking. */
  public Optional<Marking> replay(List<String> transitionIds) {
    return replay(initialMarking, transitionIds);
  }

  /**
   * The marking with the given tokens per place id (absent places hold 0).
   *
   * @throws IllegalArgumentException for unknown places or negative counts
   */
  public Marking marking(Map<String, Integer> byId) {
    int[] tokens = new int[places.size()];
    byId.forEach(
        (place, count) -> {
          Integer i = placeIndex.get(place);
          if (i == null) {
            throw new IllegalArgumentException("net '" + id + "' has no place '" + place + "'");
          }
          tokens[i] = count;
        });
    return Marking.of(tokens);
  }

  /** The non-empty places of {@code m} with their tokens, in place order. */
  public Map<String, Integer> tokensById(Marking m) {
    requireSize(m);
    Map<String, Integer> result = new LinkedHashMap<>();
    for (int p = 0; p < m.size(); p++) {
      if (m.get(p) != 0) {
        result.put(places.get(p).id(), m.get(p));
      }
    }
    return result;
  }

  /** A readable form of {@code m}, e.g. {@code {p1, p3:2}}; tokens of 1 are left implicit. */
  public String describe(Marking m) {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    tokensById(m).forEach((p, n) -> j.add(n == 1 ? p : p + ":" + n));
    return j.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PetriNet n
        && n.id.equals(id)
        && n.name.equals(name)
        && n.places.equals(places)
        && n.transitions.equals(transitions)
        && n.arcs.equals(arcs)
        && n.initialMarking.equals(initialMarking)
        && n.finalMarking.equals(finalMarking);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, places, transitions, arcs, initialMarking, finalMarking);
  }

  @Override
  public String toString() {
    return "PetriNet["
        + id
        + ": "
        + places.size()
        + " places, "
        + transitions.size()
        + " transitions, "
        + arcs.size()
        + " arcs, initial "
        + describe(initialMarking)
        + "]";
  }
}
