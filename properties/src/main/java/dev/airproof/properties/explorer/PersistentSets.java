package dev.airproof.properties.explorer;

import dev.airproof.interpreter.ast.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Partial-order reduction by persistent sets. Transitions of different peers commute (each reads and
 * writes only its own peer's data and adds messages to a multiset) and never disable each other, so the
 * enabled transitions of one peer form a persistent set whenever no other peer can ever send that
 * peer a new particle: then nothing outside the set can become dependent with it. Exploring only such
 * a set preserves every reachable quiescent (deadlock) state, on which the properties are decided.
 *
 * <p>"Can never send to p" is over-approximated from AIR's forwarding rule: a peer forwards only for a
 * call or canon that has no state in its (merged) data, and merged data only grows. Every future data
 * contains the sites known to all live data (particles in flight, peers with pending calls); a call
 * or canon known there, outside folds, will never forward again. A peer is closed when every other
 * call or canon names, literally, a different peer. Faults break the growth of data (amnesia) and the
 * message discipline (duplication, loss), so the reduction is off whenever faults are allowed.
 */
final class PersistentSets {
  private final ScriptSites sites;
  private final TransitionSystem system;

  PersistentSets(TransitionSystem system) {
    this.system = system;
    this.sites = ScriptSites.of(system.environment().script());
  }

  /** A persistent subset of {@code enabled} (all of it when no peer is closed). */
  List<Transition> reduce(ExplorerState s, List<Transition> enabled) {
    if (enabled.size() <= 1) {
      return enabled;
    }
    Set<Span> known = knownEverywhere(s);
    boolean[] tried = new boolean[s.peerCount()];
    for (Transition t : enabled) {
      int p = t.peer();
      if (tried[p]) {
        continue;
      }
      tried[p] = true;
      if (closed(p, known)) {
        return enabled.stream().filter(x -> x.peer() == p).toList();
      }
    }
    return enabled;
  }

  private Set<Span> knownEverywhere(ExplorerState s) {
    Set<Span> known = null;
    for (Particle m : s.inFlight()) {
      known = intersect(known, system.knownSites(m.data()));
      if (known.isEmpty()) {
        return known;
      }
    }
    for (PendingCall c : s.pending()) {
      known = intersect(known, system.knownSites(s.data(c.peer())));
      if (known.isEmpty()) {
        return known;
      }
    }
    return known == null ? Set.of() : known;
  }

  private static Set<Span> intersect(Set<Span> acc, Optional<Set<Span>> next) {
    if (next.isEmpty()) {
      return Set.of();
    }
    if (acc == null) {
      return new HashSet<>(next.get());
    }
    acc.retainAll(next.get());
    return acc;
  }

  private boolean closed(int p, Set<Span> known) {
    String id = system.environment().peers().get(p).peerId();
    boolean isInit = p == system.environment().initPeer();
    for (ScriptSites.Site site : sites.sites()) {
      if (!site.inFold() && known.contains(site.span())) {
        continue;
      }
      boolean mayBeP = site.initPeer() ? isInit : site.literalPeer().map(id::equals).orElse(true);
      if (mayBeP) {
        return false;
      }
    }
    return true;
  }
}
