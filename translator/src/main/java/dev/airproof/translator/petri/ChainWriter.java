package dev.airproof.translator.petri;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Mutable; writes the carry chains of {@link DataLocality}. A chain is a sequence of
 * {@link Role#IN_TRANSIT} places; from each, exactly one of three {@link Role#CARRY} transitions is
 * enabled for its item: copy (the sender knows it, the receiver does not), already (both know it),
 * skip (the sender does not know it). The last step marks the outputs of the transition the chain
 * follows. Chains with the same legs and outputs are written once.
 */
final class ChainWriter {
  /**
   * Immutable; one item of a leg.
   *
   * @param item the item (a data place id or a par's continuation flag)
   * @param certainSkip false iff skipping it is a data choice of the net
   */
  record Step(String item, boolean certainSkip) {}

  /** Immutable; the items carried from one peer to another. */
  record Leg(String from, String to, List<Step> steps) {}

  private final NetAssembly a;
  private final BiFunction<String, String, String> known;
  private final BiFunction<String, String, String> unknown;
  private final Map<String, String> names;
  private final Map<List<Object>, String> written = new HashMap<>();

  ChainWriter(NetAssembly a, BiFunction<String, String, String> known,
      BiFunction<String, String, String> unknown, Map<String, String> names) {
    this.a = a;
    this.known = known;
    this.unknown = unknown;
    this.names = names;
  }

  /**
   * The first place of the chain carrying {@code legs} after {@code like} fired and ending in
   * {@code outputs}; empty if the legs carry nothing (then {@code like} keeps its outputs).
   */
  Optional<String> chain(NetElement like, List<Leg> legs, Map<String, Integer> outputs) {
    if (legs.stream().allMatch(l -> l.steps().isEmpty())) {
      return Optional.empty();
    }
    List<Object> key = List.of(legs, outputs);
    String cached = written.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    String first = null;
    String at = null;
    List<Leg> nonEmpty = legs.stream().filter(l -> !l.steps().isEmpty()).toList();
    for (int li = 0; li < nonEmpty.size(); li++) {
      Leg leg = nonEmpty.get(li);
      for (int si = 0; si < leg.steps().size(); si++) {
        Step step = leg.steps().get(si);
        if (at == null) {
          at = transit(like, leg);
          first = at;
        }
        boolean last = li == nonEmpty.size() - 1 && si == leg.steps().size() - 1;
        String next = last ? null : transit(like, leg);
        List<String> out = new ArrayList<>();
        if (next != null) {
          out.add(next);
        } else {
          outputs.forEach((p, w) -> {
            for (int i = 0; i < w; i++) {
              out.add(p);
            }
          });
        }
        write(like, leg, step, at, out);
        at = next;
      }
    }
    written.put(key, first);
    return Optional.of(first);
  }

  private String transit(NetElement like, Leg leg) {
    return a.place(Role.IN_TRANSIT, leg.to(), like.span(),
        "particle from " + leg.from() + " to " + leg.to() + " (" + like.instruction() + ")");
  }

  private void write(NetElement like, Leg leg, Step step, String at, List<String> out) {
    String item = step.item();
    String name = names.get(item);
    String senderKnows = known.apply(item, leg.from());
    String receiverKnows = known.apply(item, leg.to());
    List<String> copyIn = new ArrayList<>(List.of(at, unknown.apply(item, leg.to())));
    List<String> copyOut = new ArrayList<>(out);
    copyOut.add(receiverKnows);
    a.transition(Role.CARRY, leg.from(), like.span(), "carry " + name + " to " + leg.to(), false,
        copyIn, copyOut, Set.of(senderKnows));
    a.transition(Role.CARRY, leg.from(), like.span(), "carry " + name + " to " + leg.to()
        + " (known there)", false, List.of(at), out, Set.of(senderKnows, receiverKnows));
    a.transition(Role.CARRY, leg.from(), like.span(), "carry " + name + " to " + leg.to()
        + " (not known on " + leg.from() + ")", !step.certainSkip(), List.of(at), out,
        Set.of(unknown.apply(item, leg.from())));
  }
}
