package dev.airproof.translator.petri;

import dev.airproof.translator.petri.NetAssembly.PendingTransition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mutable post-pass of one translation ({@code docs/petri-semantics.md} §2.7): makes data local to
 * peers. The compiler writes one global place per variable instance; AquaVM knows a value on a
 * peer only once a particle carrying it arrived there, and a peer forwards a call only the first
 * time it meets it. This pass replaces every global data place {@code D} by a pair of places per
 * peer ({@code D} known / not yet known on the peer), makes readers and definers use the places of
 * the peer they run on, and appends <em>carry chains</em> to the transitions that move a particle:
 * hops (to the call's peer), par completions whose continuation runs on a statically unknown peer
 * ({@code *}), and late par completions, which forward the continuation themselves unless their
 * peer already knows it was sent. A chain copies, one item at a time, what the sending peer knows
 * and the receiver may need; it runs when the sending transition fired. Used once, by
 * {@link AirToNet}.
 */
final class DataLocality {
  /** Immutable; a par-join transition that completes a par branch on {@code peer}. */
  record Completion(String transition, String peer) {}

  /**
   * Immutable; a par whose branches may complete on different peers.
   *
   * @param continuation the place its success leads to
   * @param first the transitions by which a branch completes the par first
   * @param late the transitions by which a branch completes after the other one did
   */
  record SplitPar(String continuation, List<Completion> first, List<Completion> late) {}

  /** Immutable; a transition after which data moves from one peer to another. */
  record Site(String transition, String from, String to, Optional<String> unlessSent,
      Optional<String> ifKnown) {
    Site(String transition, String from, String to, Optional<String> unlessSent) {
      this(transition, from, to, unlessSent, Optional.empty());
    }
  }

  record Definition(String transition, String peer) {}

  private static final String STAR = NetAssembly.ANY_PEER;

  private final NetAssembly a;
  NetOrder order;
  private final Map<String, String> hopSources;
  final Map<String, String> itemNames = new LinkedHashMap<>();
  final Map<String, List<Definition>> definitions = new LinkedHashMap<>();
  final List<Site> sites = new ArrayList<>();
  private final List<Reader> readers = new ArrayList<>();
  private final Map<Site, Set<String>> needed = new HashMap<>();

  /** Immutable; {@code transition} reads {@code item} on {@code peer}, which may not know it. */
  private record Reader(String item, String peer, String transition) {}
  final Map<Site, Set<String>> carry = new HashMap<>();
  private final Map<String, String> known = new HashMap<>();
  private final Map<String, String> unknown = new HashMap<>();

  private DataLocality(NetAssembly a, Map<String, String> hopSources) {
    this.a = a;
    this.hopSources = hopSources;
  }

  /** Rewrites the transitions of {@code a} so that data is local to peers. */
  static void apply(NetAssembly a, Map<String, String> hopSources, List<SplitPar> pars) {
    new DataLocality(a, hopSources).run(pars);
  }

  private void run(List<SplitPar> pars) {
    a.foldExtraOutputs();
    for (String p : a.placeIds()) {
      if (a.placeElement(p).role() == Role.DATA) {
        itemNames.put(p, a.placeElement(p).instruction().replaceFirst("^defined ", ""));
      }
    }
    order = new NetOrder(a, hopSources, Set.copyOf(itemNames.keySet()));
    for (PendingTransition t : a.pending()) {
      if (order.isDead(t.element().id())) {
        continue;
      }
      for (String d : itemNames.keySet()) {
        if (t.post().getOrDefault(d, 0) > t.pre().getOrDefault(d, 0)) {
          define(d, t.element().id(), peerOf(t));
        }
      }
    }
    Map<String, String> flagOf = new HashMap<>();
    for (int k = 0; k < pars.size(); k++) {
      SplitPar par = pars.get(k);
      String flag = "sent#" + k;
      String where = par.first().isEmpty() ? "" : " @" + order.transition(par.first().get(0).transition())
          .element().where();
      itemNames.put(flag, "continuation of par" + where + " sent");
      List<String> hops = firstHops(par.continuation());
      Set<String> targets = new LinkedHashSet<>();
      for (String h : hops) {
        String q = order.transition(h).element().peer();
        targets.add(q);
        if (hopSources.containsKey(h)) {
          arrivals(h).forEach(c -> define(flag, c, q));
        } else if (!definitionPeer.containsKey(List.of(h, flag))) {
          define(flag, h, q);
        }
      }
      par.first().stream().filter(c -> !order.isDead(c.transition()))
          .filter(c -> targets.stream().anyMatch(q -> !q.equals(c.peer())))
          .forEach(c -> define(flag, c.transition(), c.peer()));
      for (Completion late : par.late()) {
        if (order.isDead(late.transition())) {
          continue;
        }
        boolean sends = false;
        for (String q : targets) {
          if (!q.equals(late.peer())) {
            sites.add(new Site(late.transition(), late.peer(), q, Optional.of(flag)));
            sends = true;
          }
        }
        if (sends) {
          define(flag, late.transition(), late.peer());
          String sent = "sent@" + late.transition();
          itemNames.put(sent, "particle " + late.transition() + " forwarded the continuation");
          define(sent, late.transition(), late.peer());
          sentBy.put(late.transition(), sent);
          readers.add(new Reader(flag, late.peer(), late.transition()));
          flagOf.put(late.transition(), flag);
          lateSenders.add(late.transition());
        }
      }
    }
    Set<Site> unique = new LinkedHashSet<>(sites);
    for (PendingTransition t : a.pending()) {
      String id = t.element().id();
      String from = peerOf(t);
      if (order.isDead(id)) {
        continue;
      }
      if (hopSources.containsKey(id)) {
        hopSites(t, unique);
      } else if (!from.equals(STAR) && outputsRunOnStar(t)) {
        unique.add(new Site(id, from, STAR, Optional.empty()));
      }
    }
    sites.clear();
    sites.addAll(unique);
    sites.addAll(deferredSites());
    for (PendingTransition t : a.pending()) {
      String id = t.element().id();
      if (order.isDead(id)) {
        continue;
      }
      for (String d : itemNames.keySet()) {
        if (NetOrder.reads(t, d) && !surelyKnown(d, peerOf(t), id)) {
          readers.add(new Reader(d, peerOf(t), id));
        }
      }
    }
    closeNeeded();
    computeCarry();
    new LocalityRewrite(this, a).rewrite(flagOf);
    for (PendingTransition t : a.pending()) {
      for (String d : itemNames.keySet()) {
        Integer in = t.pre().remove(d);
        Integer out = t.post().remove(d);
        if (in != null) {
          t.pre().merge(known(d, peerOf(t)), in, Integer::sum);
        }
        if (out != null) {
          t.post().merge(known(d, peerOf(t)), out, Integer::sum);
        }
      }
    }
    itemNames.keySet().stream().filter(d -> !d.startsWith("sent#")).forEach(a::removePlace);
  }

  /**
   * AquaVM sends at the end of an invocation, after every local step it could run: a local
   * definition (ap, canon, a par completion) that the net may fire after a send of the same
   * invocation is carried by the definition itself, to the same receivers.
   */
  private Set<Site> deferredSites() {
    Set<Site> out = new LinkedHashSet<>();
    for (Site s : sites) {
      Set<String> started = order.triggers(s.transition());
      for (List<Definition> ds : definitions.values()) {
        for (Definition d : ds) {
          String m = d.transition();
          boolean instead = order.afterOrInstead(s.transition()).contains(m)
              && !order.after(s.transition()).contains(m);
          if (d.peer().equals(s.from()) && !m.equals(s.transition()) && instant(m) && !instead
              && !lateSenders.contains(m) && !order.after(m).contains(s.transition())
              && (order.sameInvocation(m, started) || order.earlierInvocation(m, started))) {
            if (s.unlessSent().isEmpty()) {
              out.add(new Site(m, s.from(), s.to(), Optional.empty()));
            } else if (order.after(s.transition()).contains(m)) {
              String sent = sentBy.get(s.transition());
              out.add(new Site(m, s.from(), s.to(), Optional.empty(), Optional.of(sent)));
            }
          }
        }
      }
    }
    out.removeAll(sites);
    return out;
  }

  private boolean instant(String transition) {
    Role r = order.transition(transition).element().role();
    return r == Role.AP || r == Role.CANON || r == Role.PAR_JOIN;
  }

  /**
   * A hop's data is sent when the particle leaves: by the transitions that put it on the hop's
   * entry (AquaVM sends at the end of the invocation that first meets the call), from the peer
   * they run on (or the hop's source when that is unknown).
   */
  private void hopSites(PendingTransition hop, Set<Site> out) {
    String target = hop.element().peer();
    for (var in : hop.pre().entrySet()) {
      if (hop.post().getOrDefault(in.getKey(), 0) >= in.getValue()) {
        continue;
      }
      for (String producer : order.producers(in.getKey())) {
        String on = peerOf(order.transition(producer));
        String from = on.equals(STAR) ? peerOf(hop) : on;
        if (!from.equals(target)) {
          out.add(new Site(producer, from, target, Optional.empty()));
        }
      }
    }
  }

  private void define(String item, String transition, String peer) {
    definitions.computeIfAbsent(item, k -> new ArrayList<>()).add(new Definition(transition, peer));
    definitionPeer.put(List.of(transition, item), peer);
  }

  final Map<List<String>, String> definitionPeer = new HashMap<>();
  private final Set<String> lateSenders = new HashSet<>();
  final Map<String, String> sentBy = new HashMap<>();

  /** The peer whose data a transition uses: a hop's source, otherwise the peer it runs on. */
  String peerOf(PendingTransition t) {
    return hopSources.getOrDefault(t.element().id(), t.element().peer());
  }

  private boolean outputsRunOnStar(PendingTransition t) {
    for (var out : t.post().entrySet()) {
      if (out.getValue() > t.pre().getOrDefault(out.getKey(), 0)
          && !itemNames.containsKey(out.getKey())) {
        for (String c : order.consumers(out.getKey())) {
          if (peerOf(order.transition(c)).equals(STAR)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The first hops, calls and canons reachable from {@code place}: where the continuation that
   * starts there is sent (their peers), and where its first state is recorded.
   */
  private List<String> firstHops(String place) {
    List<String> hops = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> places = new ArrayDeque<>(List.of(place));
    while (!places.isEmpty()) {
      for (String c : order.consumers(places.poll())) {
        PendingTransition t = order.transition(c);
        if (!seen.add(c) || NetOrder.reads(t, place)) {
          continue;
        }
        Role r = t.element().role();
        if (hopSources.containsKey(c) || r == Role.CALL_OK || r == Role.CALL_FAIL
            || r == Role.CANON) {
          hops.add(c);
          continue;
        }
        t.post().forEach((p, w) -> {
          if (w > t.pre().getOrDefault(p, 0) && !itemNames.containsKey(p)) {
            places.add(p);
          }
        });
      }
    }
    return hops;
  }

  /** The transitions that run the instruction a hop brings the particle to. */
  private List<String> arrivals(String hop) {
    List<String> out = new ArrayList<>();
    PendingTransition h = order.transition(hop);
    h.post().forEach((p, w) -> {
      if (w > h.pre().getOrDefault(p, 0) && !itemNames.containsKey(p)) {
        out.addAll(order.consumers(p));
      }
    });
    return out;
  }

  /**
   * What each site's receiver needs: the items a reader on it may read after the site fired, or
   * that a later site from it sends on (least fixpoint).
   */
  private void closeNeeded() {
    for (Site s : sites) {
      Set<String> need = new HashSet<>();
      for (Reader r : readers) {
        if (r.peer().equals(s.to()) && !order.after(r.transition()).contains(s.transition())) {
          need.add(r.item());
        }
      }
      needed.put(s, need);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Site s : sites) {
        for (Site next : sites) {
          if (next.from().equals(s.to()) && next != s
              && !order.after(next.transition()).contains(s.transition())
              && needed.get(s).addAll(needed.get(next))) {
            changed = true;
          }
        }
      }
    }
  }

  /**
   * What each site carries: the items its receiver needs that its sender may know when it fires,
   * i.e. that some definition or carry into the sender may precede it (least fixpoint).
   */
  private void computeCarry() {
    sites.forEach(s -> carry.put(s, new LinkedHashSet<>()));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Site s : sites) {
        for (String d : itemNames.keySet()) {
          if (needed.get(s).contains(d) && !carry.get(s).contains(d)
              && mayKnow(d, s.from(), s.transition())) {
            carry.get(s).add(d);
            changed = true;
          }
        }
      }
    }
  }

  /**
   * True iff {@code peer} may know {@code item} when it sends what {@code transition} sends. AquaVM
   * sends at the end of the invocation that ran the transition, and an invocation runs every local
   * step it can at once: so a marker counts unless it must follow every input (call result or
   * particle arrival) that may have started that invocation, and a local marker started by one of
   * those inputs counts too.
   */
  private boolean mayKnow(String item, String peer, String transition) {
    Set<String> started = order.triggers(transition);
    Set<String> later = order.afterOrInstead(transition);
    for (Definition d : definitions.getOrDefault(item, List.of())) {
      if (d.peer().equals(peer) && (!later.contains(d.transition())
          && order.mayPrecede(d.transition(), started) || order.sameInvocation(d.transition(), started))) {
        return true;
      }
    }
    for (Site s : sites) {
      if (s.to().equals(peer) && carry.get(s).contains(item) && (order.after(s.transition())
          .contains(transition) || !later.contains(s.transition())
          && order.mayPrecede(s.transition(), started))) {
        return true;
      }
    }
    return false;
  }

  /** True iff some definition of {@code item} on {@code peer} must precede {@code transition}. */
  boolean surelyKnown(String item, String peer, String transition) {
    List<String> key = List.of(item, peer, transition);
    Boolean memo = sure.get(key);
    if (memo != null) {
      return memo;
    }
    sure.put(key, false);
    boolean known = false;
    for (Definition d : definitions.getOrDefault(item, List.of())) {
      if (d.peer().equals(peer) && order.afterIgnoring(d.transition(), item).contains(transition)) {
        known = true;
        break;
      }
    }
    for (int i = 0; !known && i < sites.size(); i++) {
      Site s = sites.get(i);
      known = s.to().equals(peer) && s.unlessSent().isEmpty()
          && order.afterIgnoring(s.transition(), item).contains(transition)
          && (defines(s.transition(), item, s.from())
              || surelyKnown(item, s.from(), s.transition()));
    }
    sure.put(key, known);
    return known;
  }

  private final Map<List<String>, Boolean> sure = new HashMap<>();

  private boolean defines(String transition, String item, String peer) {
    return definitions.getOrDefault(item, List.of()).contains(new Definition(transition, peer));
  }

  /** True iff {@code peer} may know {@code item} before {@code transition} carries it there. */
  boolean mayAlreadyKnow(String item, String peer, String transition) {
    Set<String> later = order.afterOrInstead(transition);
    for (Definition d : definitions.getOrDefault(item, List.of())) {
      if (d.peer().equals(peer) && !d.transition().equals(transition)
          && !later.contains(d.transition())) {
        return true;
      }
    }
    for (Site s : sites) {
      if (s.to().equals(peer) && carry.get(s).contains(item) && !s.transition().equals(transition)
          && !later.contains(s.transition())) {
        return true;
      }
    }
    return false;
  }

  /**
   * False iff skipping {@code item} at {@code s} (the sender does not know it) may be an artefact
   * of the net's interleaving: the sender defines it by an instruction that runs in the same
   * invocation as the send (ap, canon, a par completion), which AquaVM always finishes before it
   * sends. Such a skip is a data choice of the net.
   */
  boolean certainSkip(String item, Site s) {
    Set<String> started = order.triggers(s.transition());
    for (Definition d : definitions.getOrDefault(item, List.of())) {
      if (d.peer().equals(s.from()) && !d.transition().equals(s.transition())
          && order.sameInvocation(d.transition(), started)
          && !sites.contains(new Site(d.transition(), s.from(), s.to(), Optional.empty()))) {
        return false;
      }
    }
    return true;
  }

  String known(String item, String peer) {
    return known.computeIfAbsent(item + "\u0000" + peer, k -> a.place(Role.DATA, peer,
        dev.airproof.interpreter.ast.Span.NONE, itemNames.get(item) + " known on " + peer));
  }

  /** True iff {@code place} is one of the knowledge places this pass created. */
  boolean isKnowledgePlace(String place) {
    return known.containsValue(place) || unknown.containsValue(place);
  }

  String unknown(String item, String peer) {
    return unknown.computeIfAbsent(item + "\u0000" + peer, k -> {
      String p = a.place(Role.DATA, peer, dev.airproof.interpreter.ast.Span.NONE,
          itemNames.get(item) + " not known on " + peer);
      a.tokens(p, 1);
      return p;
    });
  }
}
