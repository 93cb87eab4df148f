package dev.airproof.petri.coverability;

import dev.airproof.petri.model.Incidence;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.store.IntList;
import dev.airproof.petri.store.StateStore;
import dev.airproof.petri.verdict.Witness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stateless; the Karp–Miller construction, breadth-first, with equal nodes merged.
 *
 * <p>For each node {@code n} and transition {@code t} enabled at {@code n} (omega enables every
 * arc), the successor {@code m'} is accelerated: for every ancestor {@code a} of {@code n} on the
 * BFS-tree path (including {@code n}) with {@code a <= m'} and {@code a != m'}, the places where
 * {@code a < m'} become omega. The first acceleration happens before any omega exists, so its
 * ancestor path is a concrete firing sequence: that gives the unboundedness {@link Witness.Pump}.
 */
public final class KarpMiller {
  /** Largest concrete token count represented; beyond it the construction stops. */
  public static final int TOKEN_LIMIT = 1 << 30;

  private KarpMiller() {}

  /** The coverability graph from the net's initial marking, within {@code limits}. */
  public static CoverabilityGraph build(PetriNet net, ExplorationLimits limits) {
    return new Run(net, limits).run();
  }

  /** Boundedness of the net from its initial marking. */
  public static Boundedness boundedness(PetriNet net, ExplorationLimits limits) {
    return build(net, limits).boundedness();
  }

  /** Mutable; one construction. */
  private static final class Run {
    private final PetriNet net;
    private final int width;
    private final long maxNodes;
    private final int[][] inP;
    private final int[][] inW;
    private final int[][] outP;
    private final int[][] outW;
    private final StateStore store;
    private final IntList parent = new IntList(256);
    private final IntList parentTransition = new IntList(256);
    private final IntList edgeStart = new IntList(256);
    private final IntList edgeTarget = new IntList(1024);
    private final IntList edgeTransition = new IntList(1024);
    private final int[] succ;
    private boolean omegaSeen;
    private Optional<Witness.Pump> witness = Optional.empty();

    Run(PetriNet net, ExplorationLimits limits) {
      this.net = net;
      this.width = net.placeCount();
      this.maxNodes = limits.maxStates();
      Incidence inc = net.incidence();
      int transitions = inc.transitionCount();
      inP = new int[transitions][];
      inW = new int[transitions][];
      outP = new int[transitions][];
      outW = new int[transitions][];
      for (int t = 0; t < transitions; t++) {
        inP[t] = inc.inputPlaces(t);
        inW[t] = inc.inputWeights(t);
        outP[t] = inc.outputPlaces(t);
        outW[t] = inc.outputWeights(t);
      }
      this.store = new StateStore(width, 256);
      this.succ = net.initialMarking().toArray();
      store.add(succ, Marking.rawHash(succ, 0, width));
      parent.add(-1);
      parentTransition.add(-1);
    }

    CoverabilityGraph run() {
      Optional<String> stop = Optional.empty();
      edgeStart.add(0);
      int n = 0;
      while (n < store.count() && stop.isEmpty()) {
        int mark = edgeTarget.size();
        stop = expand(n);
        if (stop.isPresent()) {
          edgeTarget.truncate(mark);
          edgeTransition.truncate(mark);
        } else {
          edgeStart.add(edgeTarget.size());
          n++;
        }
      }
      List<OmegaMarking> nodes = new ArrayList<>(store.count());
      for (int s = 0; s < store.count(); s++) {
        int[] v = Arrays.copyOfRange(store.tokens(), s * width, s * width + width);
        nodes.add(OmegaMarking.of(v));
      }
      return new CoverabilityGraph(
          net,
          nodes,
          parent.toArray(),
          parentTransition.toArray(),
          edgeStart.toArray(),
          edgeTarget.toArray(),
          edgeTransition.toArray(),
          stop,
          witness);
    }

    private Optional<String> expand(int n) {
      for (int t = 0; t < inP.length; t++) {
        if (!enabled(n, t)) {
          continue;
        }
        if (!successor(n, t)) {
          return Optional.of(
              "a place exceeds " + TOKEN_LIMIT + " tokens after " + store.count() + " nodes");
        }
        accelerate(n, t);
        int hash = Marking.rawHash(succ, 0, width);
        int target = store.find(succ, hash);
        if (target < 0) {
          if (store.count() >= maxNodes) {
            return Optional.of("bound reached after " + store.count() + " nodes");
          }
          target = store.add(succ, hash);
          parent.add(n);
          parentTransition.add(t);
        }
        edgeTarget.add(target);
        edgeTransition.add(t);
      }
      return Optional.empty();
    }

    private boolean enabled(int n, int t) {
      int[] ps = inP[t];
      int[] ws = inW[t];
      int[] tokens = store.tokens();
      for (int k = 0; k < ps.length; k++) {
        if (tokens[n * width + ps[k]] < ws[k]) {
          return false;
        }
      }
      return true;
    }

    /** Writes the plain successor of node {@code n} under {@code t} into {@code succ}. */
    private boolean successor(int n, int t) {
      System.arraycopy(store.tokens(), n * width, succ, 0, width);
      int[] ps = inP[t];
      int[] ws = inW[t];
      for (int k = 0; k < ps.length; k++) {
        if (succ[ps[k]] != OmegaMarking.OMEGA) {
          succ[ps[k]] -= ws[k];
        }
      }
      ps = outP[t];
      ws = outW[t];
      for (int k = 0; k < ps.length; k++) {
        if (succ[ps[k]] != OmegaMarking.OMEGA) {
          long v = (long) succ[ps[k]] + ws[k];
          if (v > TOKEN_LIMIT) {
            return false;
          }
          succ[ps[k]] = (int) v;
        }
      }
      return true;
    }

    /** Applies the acceleration rule to {@code succ} against the ancestors of {@code n}. */
    private void accelerate(int n, int t) {
      int[] tokens = store.tokens();
      for (int a = n; a >= 0; a = parent.get(a)) {
        if (strictlyBelow(tokens, a)) {
          if (!omegaSeen && witness.isEmpty()) {
            witness = Optional.of(pump(a, n, t));
          }
          for (int p = 0; p < width; p++) {
            if (tokens[a * width + p] < succ[p]) {
              succ[p] = OmegaMarking.OMEGA;
            }
          }
          omegaSeen = true;
        }
      }
    }

    private boolean strictlyBelow(int[] tokens, int a) {
      boolean strict = false;
      for (int p = 0; p < width; p++) {
        int v = tokens[a * width + p];
        if (v > succ[p]) {
          return false;
        }
        strict |= v < succ[p];
      }
      return strict;
    }

    /** The pump witness for ancestor {@code a} of {@code n}, with {@code succ} still concrete. */
    private Witness.Pump pump(int a, int n, int t) {
      List<String> stem = pathIds(a);
      List<String> loop = new ArrayList<>(pathIds(n).subList(stem.size(), pathIds(n).size()));
      loop.add(net.transition(t).id());
      int[] start = Arrays.copyOfRange(store.tokens(), a * width, a * width + width);
      List<String> growing = new ArrayList<>();
      for (int p = 0; p < width; p++) {
        if (start[p] < succ[p]) {
          growing.add(net.place(p).id());
        }
      }
      return new Witness.Pump(stem, Marking.of(start), loop, Marking.of(succ), growing);
    }

    private List<String> pathIds(int n) {
      List<String> ids = new ArrayList<>();
      for (int v = n; parent.get(v) >= 0; v = parent.get(v)) {
        ids.add(net.transition(parentTransition.get(v)).id());
      }
      java.util.Collections.reverse(ids);
      return ids;
    }
  }
}
