package dev.airproof.properties.petri;

import dev.airproof.properties.explorer.ExplorationResult;
import dev.airproof.properties.explorer.ExplorerState;
import dev.airproof.properties.explorer.Particle;
import dev.airproof.properties.explorer.PendingCall;
import dev.airproof.properties.explorer.StateSpace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The longest chain of forwarded particles in an explored state graph, computed after the search
 * from the states alone (the explorer records nothing for it). Stateless.
 *
 * <p>Definitions (docs/petri-semantics.md §6): the particle the init peer starts with has hop 0.
 * Each peer's knowledge is the largest hop of the particles delivered to it so far. When a peer runs
 * (a particle is delivered to it, or one of its service calls is answered) every particle it sends
 * has hop "its knowledge + 1", and every call it issues has its knowledge as depth. The longest
 * particle chain is the largest hop of any particle sent in any run: the longest causal chain of
 * particle messages from the init peer. A call's earliest hop depth is the smallest depth it is
 * issued at over all runs (the fewest transfers after which it can run); the largest of these is
 * the critical path in hops, which the DAG computes statically.
 *
 * <p>An edge's sending peer and particles are read off the difference between the two states: the
 * delivered particle (to the peer that ran) or the answered pending call disappears, the sent
 * particles appear. Hops are not part of explorer states, so the search runs over pairs (state,
 * hops of the in-flight particles and knowledge of the peers). Every run must be in the graph:
 * explore without the partial-order reduction and without faults.
 */
public final class ParticleChains {
  private ParticleChains() {}

  /**
   * Immutable; what the search found.
   *
   * @param longestParticle the largest hop of any particle sent in any run
   * @param earliestCalls per call site ({@code line:col}) issued in some run, the smallest hop
   *     knowledge of its peer when it was issued, over all runs
   */
  public record Chains(int longestParticle, Map<String, Integer> earliestCalls) {
    public Chains {
      earliestCalls = Map.copyOf(earliestCalls);
    }

    /** The latest earliest call: the critical path in hops (0 without calls). */
    public int criticalPath() {
      return earliestCalls.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
  }

  /**
   * The hop chains of every run of {@code explored}; empty when the search needs more than
   * {@code limit} (state, hops) pairs, the graph is incomplete or reduced, or an edge is not a
   * delivery or an answer.
   */
  public static Optional<Chains> of(ExplorationResult explored, int limit) {
    if (!explored.complete() || explored.reduced()) {
      return Optional.empty();
    }
    StateSpace space = explored.space();
    ExplorerState init = space.state(0);
    record Node(int state, Hops hops) {}
    Hops first = new Hops(new int[init.peerCount()], new int[init.inFlight().size()]);
    Arrays.fill(first.knowledge, -1);
    ArrayDeque<Node> queue = new ArrayDeque<>(List.of(new Node(0, first)));
    Set<Node> seen = new HashSet<>(queue);
    int longest = 0;
    Map<String, Integer> earliest = new TreeMap<>();
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      ExplorerState s = space.state(n.state());
      int[] succ = space.successors(n.state()).orElse(null);
      if (succ == null) {
        return Optional.empty();
      }
      for (int t : succ) {
        ExplorerState target = space.state(t);
        List<Hops> next = step(s, n.hops(), target);
        if (next == null) {
          return Optional.empty();
        }
        List<PendingCall> issued = minus(target.pending(), s.pending());
        for (Hops h : next) {
          for (int hop : h.hops) {
            longest = Math.max(longest, hop);
          }
          for (PendingCall c : issued) {
            earliest.merge(c.site().span().line() + ":" + c.site().span().column(),
                h.knowledge[c.peer()], Math::min);
          }
          Node to = new Node(t, h);
          if (seen.add(to)) {
            if (seen.size() > limit) {
              return Optional.empty();
            }
            queue.add(to);
          }
        }
      }
    }
    return Optional.of(new Chains(longest, earliest));
  }

  /**
   * Immutable by convention; hops aligned with a state's sorted in-flight particles (ascending among
   * equal particles) and each peer's knowledge (-1 before its first delivery).
   */
  private record Hops(int[] knowledge, int[] hops) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Hops h && Arrays.equals(knowledge, h.knowledge)
          && Arrays.equals(hops, h.hops);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(knowledge) + Arrays.hashCode(hops);
    }

    @Override
    public String toString() {
      return Arrays.toString(knowledge) + Arrays.toString(hops);
    }
  }

  /** The hops after the edge {@code s -> t}, one per choice of the delivered copy; null if unreadable. */
  private static List<Hops> step(ExplorerState s, Hops h, ExplorerState t) {
    List<Particle> before = s.inFlight();
    List<Particle> after = t.inFlight();
    List<Particle> removed = minus(before, after);
    List<Particle> added = minus(after, before);
    int peer;
    if (removed.size() == 1) {
      peer = removed.get(0).to();
    } else if (removed.isEmpty()) {
      List<PendingCall> answered = minus(s.pending(), t.pending());
      if (answered.size() != 1) {
        return null;
      }
      peer = answered.get(0).peer();
    } else {
      return null;
    }
    for (Particle p : added) {
      if (p.from() != peer) {
        return null;
      }
    }
    // the hops of the removed particle's copies (the same particle may be in flight several times)
    List<Integer> choices = new ArrayList<>();
    if (removed.isEmpty()) {
      choices.add(-1);
    } else {
      for (int i = 0; i < before.size(); i++) {
        if (before.get(i).equals(removed.get(0))) {
          boolean sameHop = false;
          for (int c : choices) {
            sameHop |= h.hops[c] == h.hops[i];
          }
          if (!sameHop) {
            choices.add(i);
          }
        }
      }
    }
    List<Hops> out = new ArrayList<>();
    for (int gone : choices) {
      int[] knowledge = h.knowledge.clone();
      if (gone >= 0) {
        knowledge[peer] = Math.max(knowledge[peer], h.hops[gone]);
      }
      List<long[]> rest = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        if (i != gone) {
          rest.add(new long[] {i, h.hops[i]});
        }
      }
      out.add(new Hops(knowledge, align(before, rest, added, knowledge[peer] + 1, after)));
    }
    return out;
  }

  /** Hops of {@code after}: the kept particles keep theirs, the added ones get {@code sent}. */
  private static int[] align(List<Particle> before, List<long[]> kept, List<Particle> added,
      int sent, List<Particle> after) {
    record Tagged(Particle p, int hop) {}
    List<Tagged> all = new ArrayList<>();
    for (long[] k : kept) {
      all.add(new Tagged(before.get((int) k[0]), (int) k[1]));
    }
    added.forEach(p -> all.add(new Tagged(p, sent)));
    all.sort((a, b) -> {
      int c = a.p().compareTo(b.p());
      return c != 0 ? c : Integer.compare(a.hop(), b.hop());
    });
    int[] hops = new int[after.size()];
    for (int i = 0; i < hops.length; i++) {
      if (!all.get(i).p().equals(after.get(i))) {
        throw new IllegalStateException("in-flight particles do not line up");
      }
      hops[i] = all.get(i).hop();
    }
    return hops;
  }

  /** The multiset difference {@code a − b} of two sorted lists. */
  private static <T extends Comparable<T>> List<T> minus(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>();
    int j = 0;
    for (T x : a) {
      while (j < b.size() && b.get(j).compareTo(x) < 0) {
        j++;
      }
      if (j < b.size() && b.get(j).compareTo(x) == 0) {
        j++;
      } else {
        out.add(x);
      }
    }
    return out;
  }
}
