package dev.airproof.translator.petri;

import dev.airproof.translator.petri.NetAssembly.PendingTransition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The causal order of a translated net before {@link DataLocality} rewrites it (data still in
 * global places): which transitions can fire only after which, which are alternatives, and which
 * inputs (call results and particle arrivals, in AquaVM's terms) may start the invocation a local
 * step belongs to. Transitions that can never fire (an input place never marked) are left out.
 * Built once per translation; its answers are memoised, so it is mutable and not thread-safe.
 */
final class NetOrder {
  private final NetAssembly a;
  private final Map<String, String> hopSources;
  private final Set<String> dataPlaces;
  final Map<String, PendingTransition> byId = new java.util.LinkedHashMap<>();
  private final Map<String, List<String>> producers = new HashMap<>();
  private final Map<String, List<String>> consumers = new HashMap<>();
  private final Map<String, Set<String>> after = new HashMap<>();
  private final Map<String, Set<String>> afterOrInstead = new HashMap<>();
  private final Set<String> deadTransitions = new HashSet<>();

  NetOrder(NetAssembly a, Map<String, String> hopSources, Set<String> dataPlaces) {
    this.a = a;
    this.hopSources = hopSources;
    this.dataPlaces = dataPlaces;
    index();
  }

  /** True iff transition {@code t} can never fire. */
  boolean isDead(String t) {
    return deadTransitions.contains(t);
  }

  /** The live transitions that add tokens to {@code place}. */
  List<String> producers(String place) {
    return producers.getOrDefault(place, List.of());
  }

  /** The live transitions with {@code place} among their inputs. */
  List<String> consumers(String place) {
    return consumers.getOrDefault(place, List.of());
  }

  /** Transition {@code t} as it was before the rewrite. */
  PendingTransition transition(String t) {
    return byId.get(t);
  }

  /** True iff {@code t} reads {@code place} (takes and gives back a token). */
  static boolean reads(PendingTransition t, String place) {
    return t.pre().getOrDefault(place, 0) > 0 && t.post().getOrDefault(place, 0) > 0;
  }

  /**
   * True iff local step {@code m} belongs to an invocation that precedes every invocation in
   * {@code started}: an input that started it must precede each of them, and AquaVM finishes an
   * invocation before it takes the next input.
   */
  boolean earlierInvocation(String m, Set<String> started) {
    if (isInput(byId.get(m)) || started.isEmpty() || started.contains(START)) {
      return false;
    }
    for (String a : triggers(m)) {
      if (!a.equals(START) && started.stream().allMatch(e -> sameParticle(a).stream()
          .anyMatch(a2 -> after(a2).contains(e)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The inputs that arrive with input {@code a}: for a hop, every hop to the same peer sent by
   * the same invocation (AquaVM sends one particle per peer and invocation); else {@code a}.
   */
  Set<String> sameParticle(String a) {
    return sameParticle.computeIfAbsent(a, k -> {
      Set<String> out = new LinkedHashSet<>(List.of(a));
      if (!hopSources.containsKey(a)) {
        return out;
      }
      Set<String> sent = sendTriggers(a);
      String to = byId.get(a).element().peer();
      for (String h : hopSources.keySet()) {
        if (!deadTransitions.contains(h) && byId.get(h).element().peer().equals(to)
            && sendTriggers(h).stream().anyMatch(sent::contains)) {
          out.add(h);
        }
      }
      return out;
    });
  }

  private final Map<String, Set<String>> sameParticle = new HashMap<>();

  /** The inputs that may start the invocation that sends hop {@code h}. */
  private Set<String> sendTriggers(String h) {
    Set<String> out = new LinkedHashSet<>();
    PendingTransition t = byId.get(h);
    t.pre().forEach((p, w) -> {
      if (w > t.post().getOrDefault(p, 0) && !dataPlaces.contains(p)) {
        if (a.initialTokens(p) > 0) {
          out.add(START);
        }
        producers(p).forEach(q -> out.addAll(triggers(q)));
      }
    });
    return out;
  }


  /**
   * Indexes producers and consumers of every place among the transitions that can ever fire:
   * a transition is dead if one of its input places is never marked (no initial token and only
   * dead producers); dead transitions are left out of the analysis (they are still rewritten).
   */
  private void index() {
    Map<String, List<String>> allProducers = new HashMap<>();
    Map<String, List<String>> allConsumers = new HashMap<>();
    for (PendingTransition t : a.pending()) {
      String id = t.element().id();
      byId.put(id, new PendingTransition(t.element(), Map.copyOf(t.pre()), Map.copyOf(t.post())));
      t.pre().keySet().forEach(p -> allConsumers.computeIfAbsent(p, k -> new ArrayList<>()).add(id));
      t.post().forEach((p, w) -> {
        if (w > t.pre().getOrDefault(p, 0)) {
          allProducers.computeIfAbsent(p, k -> new ArrayList<>()).add(id);
        }
      });
    }
    ArrayDeque<String> deadPlaces = new ArrayDeque<>();
    Map<String, Integer> liveProducers = new HashMap<>();
    for (String p : allConsumers.keySet()) {
      int n = allProducers.getOrDefault(p, List.of()).size();
      liveProducers.put(p, n);
      if (n == 0 && a.initialTokens(p) == 0) {
        deadPlaces.add(p);
      }
    }
    while (!deadPlaces.isEmpty()) {
      for (String t : allConsumers.getOrDefault(deadPlaces.poll(), List.of())) {
        if (deadTransitions.add(t)) {
          byId.get(t).post().forEach((p, w) -> {
            if (w > byId.get(t).pre().getOrDefault(p, 0) && liveProducers.containsKey(p)
                && liveProducers.merge(p, -1, Integer::sum) == 0 && a.initialTokens(p) == 0) {
              deadPlaces.add(p);
            }
          });
        }
      }
    }
    allProducers.forEach((p, ts) -> producers.put(p,
        ts.stream().filter(t -> !deadTransitions.contains(t)).toList()));
    allConsumers.forEach((p, ts) -> consumers.put(p,
        ts.stream().filter(t -> !deadTransitions.contains(t)).toList()));
  }


  /** The pseudo input that starts the first invocation (the initial marking). */
  static final String START = "\u0000start";

  /** True iff {@code marker} need not follow every input that may have started an invocation. */
  boolean mayPrecede(String marker, Set<String> started) {
    for (String e : started) {
      if (!e.equals(START) && !afterOrInstead(e).contains(marker)) {
        return true;
      }
    }
    return false;
  }

  boolean sameInvocation(String marker, Set<String> started) {
    if (isInput(byId.get(marker))) {
      return false;
    }
    for (String e : triggers(marker)) {
      if (started.contains(e) || sameParticle(e).stream().anyMatch(started::contains)) {
        return true;
      }
    }
    return false;
  }

  static boolean isInput(PendingTransition t) {
    Role r = t.element().role();
    return r == Role.CALL_OK || r == Role.CALL_FAIL || r == Role.HOP;
  }

  private final Map<String, Set<String>> triggers = new HashMap<>();

  /** True iff every token of place {@code q} is produced after every token of place {@code p}. */
  private boolean surelyLater(String q, String p) {
    List<String> qs = producers.getOrDefault(q, List.of());
    if (qs.isEmpty() || a.initialTokens(q) > 0) {
      return false;
    }
    if (a.initialTokens(p) > 0) {
      return true;
    }
    for (String y : producers(p)) {
      Set<String> later = after(y);
      if (!later.containsAll(qs)) {
        return false;
      }
    }
    return true;
  }

  /** The inputs (call results, arrivals; {@code START}) that may start the invocation of {@code t}. */
  Set<String> triggers(String t) {
    Set<String> cached = triggers.get(t);
    if (cached != null) {
      return cached;
    }
    PendingTransition u = byId.get(t);
    Set<String> out = new LinkedHashSet<>();
    if (isInput(u)) {
      out.add(t);
    } else {
      List<String> inputs = new ArrayList<>();
      u.pre().forEach((p, w) -> {
        if (w > u.post().getOrDefault(p, 0) && !dataPlaces.contains(p)) {
          inputs.add(p);
        }
      });
      for (String p : inputs) {
        if (inputs.stream().anyMatch(q -> !q.equals(p) && surelyLater(q, p))) {
          continue;
        }
        if (a.initialTokens(p) > 0) {
          out.add(START);
        }
        producers(p).forEach(q -> out.addAll(triggers(q)));
      }
    }
    triggers.put(t, out);
    return out;
  }

  /**
   * {@code t} and the transitions that compete with it for a token of a place marked at most once
   * (one producer, or one initial token): in a run where {@code t} fires, none of them does.
   */
  private Set<String> alternatives(String t) {
    Set<String> out = new LinkedHashSet<>(List.of(t));
    PendingTransition u = byId.get(t);
    u.pre().forEach((p, w) -> {
      int marks = producers(p).size() + a.initialTokens(p);
      if (w > u.post().getOrDefault(p, 0) && marks <= 1 && !dataPlaces.contains(p)) {
        for (String c : consumers(p)) {
          PendingTransition x = byId.get(c);
          if (x.pre().getOrDefault(p, 0) > x.post().getOrDefault(p, 0)) {
            out.add(c);
          }
        }
      }
    });
    return out;
  }

  /** The transitions that can fire only after {@code t} fired (in the net with global data). */
  Set<String> after(String t) {
    return after(t, false);
  }

  /**
   * The transitions that, in every run where {@code t} fires, fire only after it (or not at all):
   * those that follow {@code t} or one of its {@link #alternatives}.
   */
  Set<String> afterOrInstead(String t) {
    return after(t, true);
  }

  Set<String> after(String t, boolean orInstead) {
    Map<String, Set<String>> memo = orInstead ? afterOrInstead : after;
    Set<String> cached = memo.get(t);
    if (cached != null) {
      return cached;
    }
    Set<String> out = after(t, orInstead, "");
    memo.put(t, out);
    return out;
  }

  /** {@link #after(String)} in the net without the arcs of place {@code ignored}. */
  Set<String> afterIgnoring(String t, String ignored) {
    return afterIgnoring.computeIfAbsent(List.of(t, ignored), k -> after(t, false, ignored));
  }

  private final Map<List<String>, Set<String>> afterIgnoring = new HashMap<>();

  Set<String> after(String t, boolean orInstead, String ignored) {
    Set<String> out = new HashSet<>();
    Map<String, Integer> pending = new HashMap<>();
    Set<String> seed = orInstead ? alternatives(t) : Set.of(t);
    ArrayDeque<String> work = new ArrayDeque<>(seed);
    for (String dead : deadPlaces()) {
      for (String v : consumers.getOrDefault(dead, List.of())) {
        if (!v.equals(t) && out.add(v)) {
          work.add(v);
        }
      }
    }
    while (!work.isEmpty()) {
      PendingTransition u = byId.get(work.poll());
      u.post().forEach((p, w) -> {
        if (w <= u.pre().getOrDefault(p, 0) || a.initialTokens(p) > 0 || p.equals(ignored)) {
          return;
        }
        int left = pending.merge(p, producers.get(p).size() - 1, (x, y) -> x - 1);
        if (left == 0) {
          for (String v : consumers(p)) {
            if (!seed.contains(v) && out.add(v)) {
              work.add(v);
            }
          }
        }
      });
    }
    return out;
  }

  /** Places that are never marked (no initial token, no producer): their consumers never fire. */
  private List<String> deadPlaces() {
    if (dead == null) {
      dead = consumers.keySet().stream().filter(p -> a.initialTokens(p) == 0
          && producers(p).isEmpty()).toList();
    }
    return dead;
  }

  private List<String> dead;
}
