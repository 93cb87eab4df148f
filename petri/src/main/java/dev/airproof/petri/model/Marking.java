package dev.airproof.petri.model;

import java.util.Arrays;

/**
 * Immutable; a marking of a P/T net: a vector of non-negative token counts indexed by place order.
 *
 * <p>Invariant: every entry is {@code >= 0}. The hash code, {@code finish(rawHash(tokens))}, is
 * computed once at construction; the reachability explorer uses the same linear raw hash on its
 * flat state store and updates it incrementally, so markings can be looked up in its state tables.
 */
public final class Marking {
  private final int[] tokens;
  private final int hash;

  private Marking(int[] tokens) {
    this.tokens = tokens;
    this.hash = finish(rawHash(tokens, 0, tokens.length));
  }

  /** A marking with the given token counts; rejects negative counts. */
  public static Marking of(int... tokens) {
    return copyOf(tokens, 0, tokens.length);
  }

  /** The marking held in {@code source[offset .. offset+length)}; rejects negative counts. */
  public static Marking copyOf(int[] source, int offset, int length) {
    int[] copy = Arrays.copyOfRange(source, offset, offset + length);
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < 0) {
        throw new IllegalArgumentException("negative token count " + copy[i] + " at place " + i);
      }
    }
    return new Marking(copy);
  }

  /** The empty marking over {@code places} places. */
  public static Marking zero(int places) {
    return new Marking(new int[places]);
  }

  /** Number of places this marking ranges over. */
  public int size() {
    return tokens.length;
  }

  /** Tokens on place {@code place} (an index in place order). */
  public int get(int place) {
    return tokens[place];
  }

  /** A fresh copy of the token vector. */
  public int[] toArray() {
    return tokens.clone();
  }

  /** Copies the token vector into {@code target} at {@code offset}. */
  public void copyInto(int[] target, int offset) {
    System.arraycopy(tokens, 0, target, offset, tokens.length);
  }

  /** Total number of tokens. */
  public long total() {
    long sum = 0;
    for (int t : tokens) {
      sum += t;
    }
    return sum;
  }

  /** This marking with place {@code place} set to {@code count} tokens. */
  public Marking with(int place, int count) {
    int[] copy = tokens.clone();
    copy[place] = count;
    return of(copy);
  }

  /** True iff this marking is componentwise {@code >=} {@code other} (same size required). */
  public boolean covers(Marking other) {
    requireSameSize(other);
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] < other.tokens[i]) {
        return false;
      }
    }
    return true;
  }

  /** True iff the slice {@code store[offset .. offset+size())} equals this marking. */
  public boolean equalsSlice(int[] store, int offset) {
    return Arrays.equals(tokens, 0, tokens.length, store, offset, offset + tokens.length);
  }

  private void requireSameSize(Marking other) {
    if (other.tokens.length != tokens.length) {
      throw new IllegalArgumentException(
          "markings of different sizes: " + tokens.length + " and " + other.tokens.length);
    }
  }

  /**
   * The raw (linear) hash of the token vector {@code a[from .. to)}: {@code sum of a[p] *
   * placeKey(p)} modulo 2^32. Being linear, it is updated in O(1) when a transition fires (add the
   * transition's precomputed hash delta); {@link #finish(int)} spreads it for hash tables.
   */
  public static int rawHash(int[] a, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h += a[i] * placeKey(i - from);
    }
    return h;
  }

  /** The odd pseudo-random multiplier of place {@code p} in {@link #rawHash}. */
  public static int placeKey(int p) {
    return finish(p * 0x9E3779B9 + 0x7F4A7C15) | 1;
  }

  /** The MurmurHash3 finaliser: an avalanche step turning a raw hash into a table hash. */
  public static int finish(int raw) {
    int h = raw;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Marking m && m.hash == hash && Arrays.equals(m.tokens, tokens);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The token vector, e.g. {@code [1, 0, 2]}. */
  @Override
  public String toString() {
    return Arrays.toString(tokens);
  }
}
