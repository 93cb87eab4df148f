package dev.airproof.petri.coverability;

import dev.airproof.petri.model.PetriNet;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Immutable; a marking whose entries may be {@link #OMEGA} ("arbitrarily many tokens").
 *
 * <p>Invariant: entries are {@code >= 0}; {@code OMEGA} is {@link Integer#MAX_VALUE}, which makes
 * componentwise comparison treat omega as larger than every number.
 */
public final class OmegaMarking {
  /** The omega value. */
  public static final int OMEGA = Integer.MAX_VALUE;

  private final int[] tokens;

  private OmegaMarking(int[] tokens) {
    this.tokens = tokens;
  }

  /** The omega-marking with these entries. */
  public static OmegaMarking of(int... tokens) {
    for (int t : tokens) {
      if (t < 0) {
        throw new IllegalArgumentException("negative entry " + t);
      }
    }
    return new OmegaMarking(tokens.clone());
  }

  /** Number of places. */
  public int size() {
    return tokens.length;
  }

  /** Entry of place {@code p}, possibly {@link #OMEGA}. */
  public int get(int p) {
    return tokens[p];
  }

  /** True iff place {@code p} is omega. */
  public boolean isOmega(int p) {
    return tokens[p] == OMEGA;
  }

  /** True iff some place is omega. */
  public boolean hasOmega() {
    for (int t : tokens) {
      if (t == OMEGA) {
        return true;
      }
    }
    return false;
  }

  /** True iff this is componentwise {@code >=} the plain vector {@code m}. */
  public boolean covers(int[] m) {
    for (int p = 0; p < tokens.length; p++) {
      if (tokens[p] < m[p]) {
        return false;
      }
    }
    return true;
  }

  /** A readable form over the net's place ids, e.g. {@code {p1, q:ω}}. */
  public String describe(PetriNet net) {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    for (int p = 0; p < tokens.length; p++) {
      if (tokens[p] == OMEGA) {
        j.add(net.place(p).id() + ":ω");
      } else if (tokens[p] == 1) {
        j.add(net.place(p).id());
      } else if (tokens[p] > 1) {
        j.add(net.place(p).id() + ":" + tokens[p]);
      }
    }
    return j.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OmegaMarking m && Arrays.equals(m.tokens, tokens);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tokens);
  }

  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    for (int t : tokens) {
      j.add(t == OMEGA ? "ω" : Integer.toString(t));
    }
    return j.toString();
  }
}
