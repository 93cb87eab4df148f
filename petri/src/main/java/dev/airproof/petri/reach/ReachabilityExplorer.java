package dev.airproof.petri.reach;

import dev.airproof.petri.model.Incidence;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.store.IntList;
import dev.airproof.petri.store.PackedStateStore;
import java.util.Optional;

/**
 * Stateless; builds the reachability graph of a net by breadth-first search.
 *
 * <p>Ensures: the result's states are exactly the markings reachable from the start marking if
 * {@link ReachabilityGraph#isComplete()}; otherwise a BFS-prefix of them, stopped when storing
 * another state would exceed {@link ExplorationLimits#maxStates()} or a place would exceed {@link
 * #TOKEN_LIMIT} tokens.
 */
public final class ReachabilityExplorer {
  /** Largest token count per place the explorer represents; beyond it the search stops. */
  public static final int TOKEN_LIMIT = 1 << 30;

  private ReachabilityExplorer() {}

  /** Explores from the net's initial marking. */
  public static ReachabilityGraph explore(PetriNet net, ExplorationLimits limits) {
    return explore(net, net.initialMarking(), limits);
  }

  /** Explores from {@code start}. */
  public static ReachabilityGraph explore(PetriNet net, Marking start, ExplorationLimits limits) {
    if (start.size() != net.placeCount()) {
      throw new IllegalArgumentException("start marking does not fit net '" + net.id() + "'");
    }
    return new Run(net, start, limits).run();
  }

  /** Mutable; one exploration. */
  private static final class Run {
    private final PetriNet net;
    private final int width;
    private final int maxStates;
    private final int[][] inP;
    private final int[][] inW;
    private final int[][] outP;
    private final int[][] outW;
    private final int[] hashDelta;
    private final int[][] effP;
    private final int[][] effD;
    private final PackedStateStore store;
    private final IntList parent = new IntList(1024);
    private final IntList parentTransition = new IntList(1024);
    private final IntList edgeStart = new IntList(1024);
    private final IntList edgeTarget = new IntList(4096);
    private final IntList edgeTransition = new IntList(4096);
    private final int[] scratch;
    private final int[] current;

    Run(PetriNet net, Marking start, ExplorationLimits limits) {
      this.net = net;
      this.width = net.placeCount();
      this.maxStates = (int) Math.min(limits.maxStates(), Integer.MAX_VALUE - 8L);
      Incidence inc = net.incidence();
      int n = inc.transitionCount();
      inP = new int[n][];
      inW = new int[n][];
      outP = new int[n][];
      outW = new int[n][];
      hashDelta = new int[n];
      effP = new int[n][];
      effD = new int[n][];
      for (int t = 0; t < n; t++) {
        inP[t] = inc.inputPlaces(t);
        inW[t] = inc.inputWeights(t);
        outP[t] = inc.outputPlaces(t);
        outW[t] = inc.outputWeights(t);
        hashDelta[t] = hashDelta(t);
        effect(t, net.placeCount());
      }
      store = new PackedStateStore(width, Math.min(maxStates, 1 << 12));
      current = new int[width];
      scratch = start.toArray();
      store.add(scratch, Marking.rawHash(scratch, 0, width));
      parent.add(-1);
      parentTransition.add(-1);
    }

    ReachabilityGraph run() {
      Optional<String> stop = Optional.empty();
      int s = 0;
      edgeStart.add(0);
      while (s < store.count() && stop.isEmpty()) {
        int mark = edgeTarget.size();
        stop = expand(s);
        if (stop.isPresent()) {
          edgeTarget.truncate(mark);
          edgeTransition.truncate(mark);
        } else {
          edgeStart.add(edgeTarget.size());
          s++;
        }
      }
      Optional<Truncation> truncation =
          stop.map(reason -> new Truncation(reason, store.count(), edgeStart.size() - 1L));
      return new ReachabilityGraph(
          net,
          store,
          parent.toArray(),
          parentTransition.toArray(),
          edgeStart.toArray(),
          edgeTarget.toArray(),
          edgeTransition.toArray(),
          truncation);
    }

    /** Records all successors of state {@code s}; a reason if the search must stop. */
    private Optional<String> expand(int s) {
      store.copyTo(s, current);
      store.loadBase(s);
      for (int t = 0; t < inP.length; t++) {
        if (!enabled(t)) {
          continue;
        }
        if (exceedsTokenLimit(t)) {
          return Optional.of(
              "a place exceeds " + TOKEN_LIMIT + " tokens after " + store.count() + " states");
        }
        int hash = store.hashOf(s) + hashDelta[t];
        int target = store.findSuccessor(current, effP[t], effD[t], hash);
        if (target < 0) {
          if (store.count() >= maxStates) {
            return Optional.of("bound reached after " + store.count() + " states");
          }
          target =
              target == PackedStateStore.NO_FIT ? addWidening(s, t, hash) : store.addProbe(hash);
          parent.add(s);
          parentTransition.add(t);
        }
        edgeTarget.add(target);
        edgeTransition.add(t);
      }
      return Optional.empty();
    }

    /** Stores the successor of {@code s} under {@code t}, which needs wider entries. */
    private int addWidening(int s, int t, int hash) {
      System.arraycopy(current, 0, scratch, 0, width);
      for (int k = 0; k < effP[t].length; k++) {
        scratch[effP[t][k]] += effD[t][k];
      }
      int target = store.add(scratch, hash);
      store.loadBase(s);
      return target;
    }

    private boolean exceedsTokenLimit(int t) {
      int[] ps = effP[t];
      int[] ds = effD[t];
      for (int k = 0; k < ps.length; k++) {
        if ((long) current[ps[k]] + ds[k] > TOKEN_LIMIT) {
          return true;
        }
      }
      return false;
    }

    /** The places whose token count firing {@code t} changes, with the net change. */
    private void effect(int t, int places) {
      int[] delta = new int[places];
      for (int k = 0; k < inP[t].length; k++) {
        delta[inP[t][k]] -= inW[t][k];
      }
      for (int k = 0; k < outP[t].length; k++) {
        delta[outP[t][k]] += outW[t][k];
      }
      effP[t] = java.util.stream.IntStream.range(0, places).filter(p -> delta[p] != 0).toArray();
      effD[t] = java.util.Arrays.stream(effP[t]).map(p -> delta[p]).toArray();
    }

    /** How firing {@code t} changes the linear raw hash of a marking. */
    private int hashDelta(int t) {
      int delta = 0;
      for (int k = 0; k < inP[t].length; k++) {
        delta -= inW[t][k] * Marking.placeKey(inP[t][k]);
      }
      for (int k = 0; k < outP[t].length; k++) {
        delta += outW[t][k] * Marking.placeKey(outP[t][k]);
      }
      return delta;
    }

    private boolean enabled(int t) {
      int[] ps = inP[t];
      int[] ws = inW[t];
      for (int k = 0; k < ps.length; k++) {
        if (current[ps[k]] < ws[k]) {
          return false;
        }
      }
      return true;
    }
  }
}
