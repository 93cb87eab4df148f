package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.Span;
import dev.airproof.petri.build.BuildResult;
import dev.airproof.petri.build.NetBuilder;
import dev.airproof.petri.model.PetriNet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mutable; collects the places, transitions and arcs of one translation with their meanings, and
 * remembers on which peer each error place may be marked. Ids are {@code p<n>} and {@code t<n>}
 * (XML NCNames). Used by one translation only.
 */
final class NetAssembly {
  /** The peer text used when a position's peer cannot be told statically. */
  static final String ANY_PEER = "*";
  /** The exit peer of an instruction that never completes (fail, never); shown as {@link #ANY_PEER}. */
  static final String UNREACHED = "\u0000unreached";

  /** A transition not yet built: its meaning and its (mutable) input and output weights. */
  record PendingTransition(NetElement element, Map<String, Integer> pre,
      Map<String, Integer> post) {}

  private final Map<String, NetElement> places = new LinkedHashMap<>();
  private final List<PendingTransition> transitions = new ArrayList<>();
  private final Map<String, String> errorPeers = new HashMap<>();
  private final Map<String, Integer> initial = new LinkedHashMap<>();
  private final Map<String, List<String>> extraOutputs = new HashMap<>();
  private int placeIds;

  /** A new place. */
  String place(Role role, String peer, Span span, String instruction) {
    String id = "p" + placeIds++;
    places.put(id, new NetElement(id, role, shown(peer), span, instruction, List.of(), false));
    return id;
  }

  /** Re-describes an entry place as the entry of {@code instruction} (the innermost one wins). */
  void entry(String place, String peer, Span span, String instruction, Set<String> waitsOn) {
    NetElement old = places.get(place);
    if (old.role() == Role.ENTRY || old.role() == Role.START) {
      places.put(place, new NetElement(place, old.role(), shown(peer), span, instruction,
          List.copyOf(waitsOn), false));
    }
  }

  /** Re-assigns the role of a place (e.g. an entry that turns out to be a never). */
  void role(String place, Role role) {
    NetElement o = places.get(place);
    places.put(place, new NetElement(place, role, o.peer(), o.span(), o.instruction(), o.waitsOn(),
        false));
  }

  /**
   * A new transition consuming {@code in}, producing {@code out}, and reading (consuming and giving
   * back) {@code reads}; returns its id.
   */
  String transition(Role role, String peer, Span span, String instruction, boolean dataChoice,
      List<String> in, List<String> out, Set<String> reads) {
    String id = "t" + transitions.size();
    Map<String, Integer> pre = new LinkedHashMap<>();
    Map<String, Integer> post = new LinkedHashMap<>();
    in.forEach(p -> pre.merge(p, 1, Integer::sum));
    out.forEach(p -> post.merge(p, 1, Integer::sum));
    for (String r : new LinkedHashSet<>(reads)) {
      pre.merge(r, 1, Integer::sum);
      post.merge(r, 1, Integer::sum);
    }
    transitions.add(new PendingTransition(
        new NetElement(id, role, shown(peer), span, instruction, List.of(), dataChoice), pre, post));
    return id;
  }

  /**
   * Makes every existing transition that runs on {@code peer} and outputs to {@code from} output to
   * {@code to} instead (a particle already on the peer of a call needs no hop).
   */
  void redirectOutputs(String from, String to, String peer) {
    for (PendingTransition t : transitions) {
      Integer w = t.post().get(from);
      if (w != null && t.element().peer().equals(peer)) {
        t.post().remove(from);
        t.post().merge(to, w, Integer::sum);
      }
    }
  }

  /** Adds an output arc to an existing transition later (stream writes feeding folds). */
  void addOutput(String transition, String place) {
    extraOutputs.computeIfAbsent(transition, k -> new ArrayList<>()).add(place);
  }

  /** {@code peer} as shown: {@link #UNREACHED} becomes {@link #ANY_PEER}. */
  static String shown(String peer) {
    return peer.equals(UNREACHED) ? ANY_PEER : peer;
  }

  /** Records that an error raised on {@code peer} may reach {@code errorPlace}. */
  void errorOn(String errorPlace, String peer) {
    if (peer.equals(UNREACHED)) {
      return;
    }
    errorPeers.merge(errorPlace, peer, (a, b) -> a.equals(b) ? a : ANY_PEER);
  }

  /** The peer an error in {@code errorPlace} was raised on ({@link #ANY_PEER} if several or unknown). */
  String errorPeer(String errorPlace) {
    return errorPeers.getOrDefault(errorPlace, ANY_PEER);
  }

  /** True iff some transition may put an error into {@code errorPlace}. */
  boolean hasErrors(String errorPlace) {
    return errorPeers.containsKey(errorPlace);
  }

  /** Initial tokens. */
  void tokens(String place, int n) {
    initial.put(place, n);
  }

  /** The transitions so far, in id order; their arc maps may be changed (post-passes). */
  List<PendingTransition> pending() {
    return transitions;
  }

  /** The place {@code id}'s meaning. */
  NetElement placeElement(String id) {
    return places.get(id);
  }

  /** Drops place {@code id}, which no arc may touch any more. */
  void removePlace(String id) {
    places.remove(id);
    initial.remove(id);
  }

  /** The ids of the places so far. */
  List<String> placeIds() {
    return List.copyOf(places.keySet());
  }

  /** The initial tokens of {@code place}. */
  int initialTokens(String place) {
    return initial.getOrDefault(place, 0);
  }

  /** Moves the later-added outputs ({@link #addOutput}) into the transitions' output maps. */
  void foldExtraOutputs() {
    for (PendingTransition t : transitions) {
      extraOutputs.getOrDefault(t.element().id(), List.of())
          .forEach(p -> t.post().merge(p, 1, Integer::sum));
    }
    extraOutputs.clear();
  }

  /**
   * A new transition with the meaning of {@code like} but role {@code role}, peer {@code peer} and
   * data choice {@code dataChoice}, with the given arc weights; returns its id.
   */
  String transitionLike(NetElement like, Role role, String peer, boolean dataChoice,
      Map<String, Integer> pre, Map<String, Integer> post) {
    String id = "t" + transitions.size();
    transitions.add(new PendingTransition(new NetElement(id, role, peer, like.span(),
        like.instruction(), List.of(), dataChoice), new LinkedHashMap<>(pre),
        new LinkedHashMap<>(post)));
    return id;
  }

  /** Marks transition {@code id} as a data choice. */
  void dataChoice(String id) {
    PendingTransition t = transitions.get(Integer.parseInt(id.substring(1)));
    NetElement e = t.element();
    transitions.set(transitions.indexOf(t), new PendingTransition(new NetElement(e.id(), e.role(),
        e.peer(), e.span(), e.instruction(), e.waitsOn(), true), t.pre(), t.post()));
  }

  /** Transitions so far (the next transition id is {@code t<transitionCount()>}). */
  int transitionCount() {
    return transitions.size();
  }

  /** The peer transition {@code id} runs on, as shown. */
  String transitionPeer(String id) {
    return transitions.get(Integer.parseInt(id.substring(1))).element().peer();
  }

  /** Places plus transitions so far. */
  int size() {
    return places.size() + transitions.size();
  }

  /** The meanings of every place and transition. */
  Map<String, NetElement> elements() {
    Map<String, NetElement> all = new LinkedHashMap<>(places);
    transitions.forEach(t -> all.put(t.element().id(), t.element()));
    return all;
  }

  /** The net; a failure here is a bug of the translation. */
  PetriNet build(String netId, String name) {
    NetBuilder b = new NetBuilder(netId).name(name);
    places.values().forEach(p -> b.place(p.id(), placeName(p)));
    for (PendingTransition t : transitions) {
      NetElement e = t.element();
      b.transition(e.id(), transitionName(e), e.role().word());
    }
    for (PendingTransition t : transitions) {
      String id = t.element().id();
      Map<String, Integer> post = new LinkedHashMap<>(t.post());
      extraOutputs.getOrDefault(id, List.of()).forEach(p -> post.merge(p, 1, Integer::sum));
      t.pre().forEach((p, w) -> b.arc(p, id, w));
      post.forEach((p, w) -> b.arc(id, p, w));
    }
    initial.forEach(b::tokens);
    return switch (b.build()) {
      case BuildResult.Built built -> built.net();
      case BuildResult.Invalid invalid ->
          throw new IllegalStateException("translation built an invalid net: " + invalid.errors());
    };
  }

  private static String placeName(NetElement p) {
    String what = p.instruction().isEmpty() ? "" : " " + p.instruction();
    return p.role().word() + what + (p.span().equals(Span.NONE) ? "" : " @" + p.where());
  }

  private static String transitionName(NetElement t) {
    String on = t.peer().isEmpty() ? "" : " [" + t.peer() + "]";
    return t.role().word() + on + " " + t.instruction() + " @" + t.where();
  }
}
