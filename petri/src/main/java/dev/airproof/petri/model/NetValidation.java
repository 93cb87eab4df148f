package dev.airproof.petri.model;

import dev.airproof.petri.model.NetError.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stateless; checks raw net declarations and reports every problem as a {@link NetError} value.
 *
 * <p>Used by {@code NetBuilder} (errors as values) and by {@link PetriNet#of} (which treats errors
 * as bugs). Errors are listed in declaration order: places, transitions, arcs, then markings.
 */
public final class NetValidation {
  private NetValidation() {}

  /** Kind of a node id, or absent if the id names no node. */
  private enum Kind {
    PLACE,
    TRANSITION,
    ARC
  }

  /**
   * All problems of the given declarations; empty iff they form a valid net.
   *
   * @param initial initial marking by place id
   * @param finalMarking final marking by place id, or empty map if there is none
   */
  public static List<NetError> check(
      List<Place> places,
      List<Transition> transitions,
      List<Arc> arcs,
      Map<String, Integer> initial,
      Map<String, Integer> finalMarking) {
    List<NetError> errors = new ArrayList<>();
    Map<String, Kind> kinds = new HashMap<>();
    for (Place p : places) {
      declare(p.id(), Kind.PLACE, kinds, errors);
    }
    for (Transition t : transitions) {
      declare(t.id(), Kind.TRANSITION, kinds, errors);
    }
    for (Arc a : arcs) {
      declare(a.id(), Kind.ARC, kinds, errors);
    }
    checkArcs(arcs, kinds, errors);
    checkMarking("initial", initial, kinds, errors);
    checkMarking("final", finalMarking, kinds, errors);
    return List.copyOf(errors);
  }

  private static void declare(
      String id, Kind kind, Map<String, Kind> kinds, List<NetError> errors) {
    if (id.isEmpty()) {
      errors.add(new NetError(Code.EMPTY_ID, id, "a " + name(kind) + " has an empty id"));
    } else if (kinds.putIfAbsent(id, kind) != null) {
      errors.add(new NetError(Code.DUPLICATE_ID, id, "id '" + id + "' is declared twice"));
    }
  }

  private static void checkArcs(List<Arc> arcs, Map<String, Kind> kinds, List<NetError> errors) {
    Set<String> joined = new HashSet<>();
    for (Arc a : arcs) {
      Kind s = kinds.get(a.source());
      Kind t = kinds.get(a.target());
      if (s == null || s == Kind.ARC || t == null || t == Kind.ARC) {
        String missing = s == null || s == Kind.ARC ? a.source() : a.target();
        errors.add(
            new NetError(
                Code.DANGLING_ARC,
                a.id(),
                "arc '"
                    + a.id()
                    + "' refers to '"
                    + missing
                    + "', which is no place or transition"));
      } else if (s == t) {
        errors.add(
            new NetError(
                Code.ARC_BETWEEN_SAME_KIND,
                a.id(),
                "arc '"
                    + a.id()
                    + "' joins two "
                    + name(s)
                    + "s ('"
                    + a.source()
                    + "' and '"
                    + a.target()
                    + "')"));
      } else if (!joined.add(a.source() + "\u0000" + a.target())) {
        errors.add(
            new NetError(
                Code.DUPLICATE_ARC,
                a.id(),
                "arc '"
                    + a.id()
                    + "' repeats an arc from '"
                    + a.source()
                    + "' to '"
                    + a.target()
                    + "'"));
      }
      if (a.weight() <= 0) {
        errors.add(
            new NetError(
                Code.NON_POSITIVE_WEIGHT,
                a.id(),
                "arc '" + a.id() + "' has weight " + a.weight() + "; weights must be >= 1"));
      }
    }
  }

  private static void checkMarking(
      String which, Map<String, Integer> marking, Map<String, Kind> kinds, List<NetError> errors) {
    for (Map.Entry<String, Integer> e : marking.entrySet()) {
      if (kinds.get(e.getKey()) != Kind.PLACE) {
        errors.add(
            new NetError(
                Code.UNKNOWN_PLACE_IN_MARKING,
                e.getKey(),
                "the " + which + " marking names '" + e.getKey() + "', which is no place"));
      }
      if (e.getValue() < 0) {
        errors.add(
            new NetError(
                Code.NEGATIVE_TOKENS,
                e.getKey(),
                "the "
                    + which
                    + " marking gives place '"
                    + e.getKey()
                    + "' "
                    + e.getValue()
                    + " tokens"));
      }
    }
  }

  private static String name(Kind kind) {
    return switch (kind) {
      case PLACE -> "place";
      case TRANSITION -> "transition";
      case ARC -> "arc";
    };
  }
}
