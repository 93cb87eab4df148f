package dev.airproof.petri.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Immutable; the arcs of a net as per-transition index arrays (pre- and post-sets with weights).
 *
 * <p>Invariant: for each transition the input places are distinct, as are the output places; all
 * weights are {@code >= 1}. Accessors return copies, so explorers copy once and then work on their
 * own arrays.
 */
public final class Incidence {
  private final int[][] inPlaces;
  private final int[][] inWeights;
  private final int[][] outPlaces;
  private final int[][] outWeights;

  private Incidence(int[][] inPlaces, int[][] inWeights, int[][] outPlaces, int[][] outWeights) {
    this.inPlaces = inPlaces;
    this.inWeights = inWeights;
    this.outPlaces = outPlaces;
    this.outWeights = outWeights;
  }

  static Incidence of(
      List<Arc> arcs,
      Map<String, Integer> placeIndex,
      Map<String, Integer> transitionIndex,
      int transitions) {
    List<List<int[]>> in = new ArrayList<>();
    List<List<int[]>> out = new ArrayList<>();
    for (int t = 0; t < transitions; t++) {
      in.add(new ArrayList<>());
      out.add(new ArrayList<>());
    }
    for (Arc a : arcs) {
      Integer p = placeIndex.get(a.source());
      if (p != null) {
        in.get(transitionIndex.get(a.target())).add(new int[] {p, a.weight()});
      } else {
        out.get(transitionIndex.get(a.source()))
            .add(new int[] {placeIndex.get(a.target()), a.weight()});
      }
    }
    return new Incidence(column(in, 0), column(in, 1), column(out, 0), column(out, 1));
  }

  private static int[][] column(List<List<int[]>> rows, int k) {
    int[][] result = new int[rows.size()][];
    for (int t = 0; t < rows.size(); t++) {
      result[t] = rows.get(t).stream().mapToInt(pair -> pair[k]).toArray();
    }
    return result;
  }

  /** Number of transitions. */
  public int transitionCount() {
    return inPlaces.length;
  }

  /** Input places of transition {@code t} (copy). */
  public int[] inputPlaces(int t) {
    return inPlaces[t].clone();
  }

  /** Weights of the input arcs of {@code t}, parallel to {@link #inputPlaces} (copy). */
  public int[] inputWeights(int t) {
    return inWeights[t].clone();
  }

  /** Output places of transition {@code t} (copy). */
  public int[] outputPlaces(int t) {
    return outPlaces[t].clone();
  }

  /** Weights of the output arcs of {@code t}, parallel to {@link #outputPlaces} (copy). */
  public int[] outputWeights(int t) {
    return outWeights[t].clone();
  }

  /** Weight of the arc from place {@code p} to transition {@code t}, 0 if there is none. */
  public int inputWeight(int t, int p) {
    return weightOf(inPlaces[t], inWeights[t], p);
  }

  /** Weight of the arc from transition {@code t} to place {@code p}, 0 if there is none. */
  public int outputWeight(int t, int p) {
    return weightOf(outPlaces[t], outWeights[t], p);
  }

  private static int weightOf(int[] places, int[] weights, int p) {
    for (int k = 0; k < places.length; k++) {
      if (places[k] == p) {
        return weights[k];
      }
    }
    return 0;
  }

  boolean isEnabled(Marking m, int t) {
    int[] ps = inPlaces[t];
    int[] ws = inWeights[t];
    for (int k = 0; k < ps.length; k++) {
      if (m.get(ps[k]) < ws[k]) {
        return false;
      }
    }
    return true;
  }

  Marking fire(Marking m, int t) {
    int[] tokens = m.toArray();
    int[] ps = inPlaces[t];
    int[] ws = inWeights[t];
    for (int k = 0; k < ps.length; k++) {
      tokens[ps[k]] -= ws[k];
    }
    ps = outPlaces[t];
    ws = outWeights[t];
    for (int k = 0; k < ps.length; k++) {
      tokens[ps[k]] = Math.addExact(tokens[ps[k]], ws[k]);
    }
    return Marking.of(tokens);
  }
}
