package dev.airproof.translator.petri;

import dev.airproof.translator.petri.NetAssembly.PendingTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mutable; the rewriting half of {@link DataLocality}: replaces every transition by the variants
 * it needs once data is local to peers. Reads of a global data place become reads of the place
 * "known on this peer" (dropped where the item is surely known); a definition moves "not known"
 * to "known" (or re-reads "known" when the item may be defined again); a late par completion
 * splits into "the continuation was already sent" and "send it"; and the items a transition sends
 * split it by what sender and receivers know, atomically, or (beyond {@link #ATOMIC_LIMIT}
 * alternatives) through a {@link ChainWriter} chain. Used once per translation.
 */
final class LocalityRewrite {
  private final DataLocality loc;
  private final NetAssembly a;

  LocalityRewrite(DataLocality loc, NetAssembly a) {
    this.loc = loc;
    this.a = a;
  }

  /** Rewrites every transition of the net. */
  void rewrite(Map<String, String> flagOf) {
    ChainWriter chains = new ChainWriter(a, loc::known, loc::unknown, loc.itemNames);
    Map<String, List<DataLocality.Site>> sitesOf = new HashMap<>();
    loc.sites.forEach(s -> sitesOf.computeIfAbsent(s.transition(), k -> new ArrayList<>()).add(s));
    Map<String, List<String>> defsOf = new HashMap<>();
    loc.definitions.forEach((item, ds) -> ds.forEach(d ->
        defsOf.computeIfAbsent(d.transition(), k -> new ArrayList<>()).add(item)));
    for (PendingTransition t : List.copyOf(a.pending())) {
      String id = t.element().id();
      String peer = loc.peerOf(t);
      for (String d : loc.itemNames.keySet()) {
        if (NetOrder.reads(t, d)) {
          t.pre().remove(d);
          t.post().remove(d);
          if (loc.order.isDead(id) || !loc.surelyKnown(d, peer, id)) {
            t.pre().merge(loc.known(d, peer), 1, Integer::sum);
            t.post().merge(loc.known(d, peer), 1, Integer::sum);
          }
        }
      }
      List<String> defined = new ArrayList<>();
      for (String d : defsOf.getOrDefault(id, List.of())) {
        t.post().remove(d);
        defined.add(d);
      }
      String flag = flagOf.get(id);
      List<DataLocality.Site> all = sitesOf.getOrDefault(id, List.of()).stream()
          .filter(x -> x.ifKnown().isEmpty()).toList();
      List<DataLocality.Site> plain = all.stream().filter(x -> x.unlessSent().isEmpty()).toList();
      List<Variant> variants = new ArrayList<>();
      if (flag == null) {
        variants.add(new Variant(defined, List.of(), plain, List.of(), List.of()));
      } else {
        String sent = loc.sentBy.get(id);
        List<String> rest = defined.stream().filter(d -> !d.equals(flag) && !d.equals(sent))
            .toList();
        variants.add(new Variant(rest, List.of(flag), plain, List.of(), List.of()));
        List<String> withFlag = new ArrayList<>(rest);
        withFlag.add(flag);
        withFlag.add(sent);
        variants.add(new Variant(withFlag, List.of(), all, List.of(flag, sent), List.of()));
      }
      Map<String, List<DataLocality.Site>> conditional = new LinkedHashMap<>();
      sitesOf.getOrDefault(id, List.of()).stream().filter(x -> x.ifKnown().isPresent())
          .forEach(x -> conditional.computeIfAbsent(x.ifKnown().get(), k -> new ArrayList<>())
              .add(x));
      for (var c : conditional.entrySet()) {
        List<Variant> split = new ArrayList<>();
        String on = c.getValue().get(0).from();
        for (Variant v : variants) {
          List<DataLocality.Site> more = new ArrayList<>(v.sites());
          more.addAll(c.getValue());
          List<List<String>> ifKnown = new ArrayList<>(v.conditions());
          ifKnown.add(List.of(c.getKey(), on, "known"));
          split.add(new Variant(v.defines(), v.requiresKnown(), more, v.fresh(), ifKnown));
          List<List<String>> ifNot = new ArrayList<>(v.conditions());
          ifNot.add(List.of(c.getKey(), on, "unknown"));
          split.add(new Variant(v.defines(), v.requiresKnown(), v.sites(), v.fresh(), ifNot));
        }
        variants = split;
      }
      List<Arcs> arcs = new ArrayList<>();
      for (Variant v : variants) {
        arcs.addAll(expand(t, peer, v, chains));
      }
      t.pre().clear();
      t.pre().putAll(arcs.get(0).pre());
      t.post().clear();
      t.post().putAll(arcs.get(0).post());
      if (arcs.get(0).choice()) {
        a.dataChoice(id);
      }
      for (int i = 1; i < arcs.size(); i++) {
        a.transitionLike(t.element(), t.element().role(), t.element().peer(),
            t.element().dataChoice() || arcs.get(i).choice(), arcs.get(i).pre(),
            arcs.get(i).post());
      }
    }
  }

  /**
   * Immutable; one way a transition fires: the items it defines on its peer, the items it
   * requires its peer to know already (a late par completion whose peer knows the continuation
   * was sent), and the sites whose data it sends.
   */
  private record Variant(List<String> defines, List<String> requiresKnown, List<DataLocality.Site> sites,
      List<String> fresh, List<List<String>> conditions) {}

  /** Immutable; the arcs of one alternative of a transition, and whether it is a data choice. */
  private record Arcs(Map<String, Integer> pre, Map<String, Integer> post, boolean choice) {
    Arcs copy() {
      return new Arcs(new LinkedHashMap<>(pre), new LinkedHashMap<>(post), choice);
    }

    Arcs read(String place) {
      if (!(pre.containsKey(place) && post.containsKey(place))) {
        pre.merge(place, 1, Integer::sum);
        post.merge(place, 1, Integer::sum);
      }
      return this;
    }

    Arcs move(String from, String to) {
      pre.merge(from, 1, Integer::sum);
      post.merge(to, 1, Integer::sum);
      return this;
    }

    Arcs choosing(boolean c) {
      return c ? new Arcs(pre, post, true) : this;
    }
  }

  /** Alternatives per transition above which its data is carried by a chain instead. */
  private static final int ATOMIC_LIMIT = 256;

  /**
   * Every way {@code t} fires under {@code v}: definitions of items defined more than once split
   * into "first" and "again"; each carried item splits by what the sender and the receivers
   * know (atomically, so that the data sent is the sender's at that moment), or, beyond
   * {@link #ATOMIC_LIMIT} alternatives, goes through a chain.
   */
  private List<Arcs> expand(PendingTransition t, String peer, Variant v, ChainWriter chains) {
    Arcs base = new Arcs(new LinkedHashMap<>(t.pre()), new LinkedHashMap<>(t.post()), false);
    String id = t.element().id();
    v.requiresKnown().forEach(r -> base.read(loc.known(r, loc.definitionPeer.get(List.of(id, r)))));
    for (List<String> c : v.conditions()) {
      base.read(c.get(2).equals("known") ? loc.known(c.get(0), c.get(1)) : loc.unknown(c.get(0), c.get(1)));
    }
    List<Arcs> out = new ArrayList<>(List.of(base));
    for (String d : v.defines()) {
      String on = loc.definitionPeer.get(List.of(id, d));
      boolean again = loc.definitions.getOrDefault(d, List.of()).size() > 1 && !v.fresh().contains(d);
      List<Arcs> next = new ArrayList<>();
      for (Arcs e : out) {
        next.add(e.copy().move(loc.unknown(d, on), loc.known(d, on)));
        if (again) {
          next.add(e.copy().read(loc.known(d, on)));
        }
      }
      out = next;
    }
    Map<List<String>, List<DataLocality.Site>> groups = new LinkedHashMap<>();
    for (DataLocality.Site s : v.sites()) {
      for (String d : loc.carry.get(s)) {
        groups.computeIfAbsent(List.of(d, s.from()), k -> new ArrayList<>()).add(s);
      }
    }
    long alternatives = out.size();
    Set<List<String>> counted = new HashSet<>();
    for (var g : groups.entrySet()) {
      String d = g.getKey().get(0);
      String from = g.getKey().get(1);
      boolean sure = definesOn(v, id, d, from) || loc.surelyKnown(d, from, id);
      long ways = 1;
      for (DataLocality.Site s : g.getValue()) {
        if (counted.add(List.of(d, s.to())) && loc.mayAlreadyKnow(d, s.to(), id)) {
          ways *= 2;
        }
      }
      alternatives *= ways + (sure ? 0 : 1);
    }
    if (alternatives > ATOMIC_LIMIT) {
      return chained(t, v, out, chains);
    }
    Set<List<String>> written = new HashSet<>();
    for (var g : groups.entrySet()) {
      String d = g.getKey().get(0);
      String from = g.getKey().get(1);
      List<String> targets = g.getValue().stream().map(DataLocality.Site::to)
          .filter(q -> written.add(List.of(d, q))).toList();
      boolean definedHere = definesOn(v, id, d, from);
      boolean surelyKnown = definedHere || loc.surelyKnown(d, from, id);
      boolean certain = g.getValue().stream().allMatch(s -> loc.certainSkip(d, s));
      List<Arcs> next = new ArrayList<>();
      for (Arcs e : out) {
        if (!surelyKnown) {
          next.add(e.copy().read(loc.unknown(d, from)).choosing(!certain));
        }
        List<Arcs> knownWays = new ArrayList<>(List.of(definedHere ? e.copy()
            : e.copy().read(loc.known(d, from))));
        for (String q : targets) {
          List<Arcs> ways = new ArrayList<>();
          for (Arcs k : knownWays) {
            ways.add(k.copy().move(loc.unknown(d, q), loc.known(d, q)));
            if (loc.mayAlreadyKnow(d, q, id)) {
              ways.add(k.copy().read(loc.known(d, q)));
            }
          }
          knownWays = ways;
        }
        next.addAll(knownWays);
      }
      out = next;
    }
    return out;
  }

  private boolean definesOn(Variant v, String transition, String item, String peer) {
    return v.defines().contains(item) && peer.equals(loc.definitionPeer.get(List.of(transition, item)));
  }

  /** The carried items of {@code v} go through chains after {@code t} (too many alternatives). */
  private List<Arcs> chained(PendingTransition t, Variant v, List<Arcs> defined,
      ChainWriter chains) {
    List<ChainWriter.Leg> legs = new ArrayList<>();
    for (DataLocality.Site s : v.sites()) {
      List<ChainWriter.Step> steps = new ArrayList<>();
      for (String d : loc.carry.get(s)) {
        steps.add(new ChainWriter.Step(d, loc.certainSkip(d, s)));
      }
      legs.add(new ChainWriter.Leg(s.from(), s.to(), steps));
    }
    List<Arcs> out = new ArrayList<>();
    for (Arcs e : defined) {
      Map<String, Integer> outputs = outputs(e.pre(), e.post());
      outputs.keySet().removeIf(p -> loc.isKnowledgePlace(p));
      Optional<String> start = chains.chain(t.element(), legs, outputs);
      if (start.isPresent()) {
        outputs.keySet().forEach(e.post()::remove);
        e.post().merge(start.get(), 1, Integer::sum);
      }
      out.add(e);
    }
    return out;
  }

  /** The pure outputs of a transition (places it marks without reading them). */
  private static Map<String, Integer> outputs(Map<String, Integer> pre, Map<String, Integer> post) {
    Map<String, Integer> out = new LinkedHashMap<>();
    post.forEach((p, w) -> {
      if (!pre.containsKey(p)) {
        out.put(p, w);
      }
    });
    return out;
  }
}
