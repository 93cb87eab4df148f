package dev.airproof.petri.store;

import dev.airproof.petri.model.Marking;
import java.util.Arrays;

/**
 * Mutable; a set of equal-width int vectors stored back to back in one array, numbered in insertion
 * order, with an open-addressing (linear probing) hash table of numbers.
 *
 * <p>Invariant: each table entry holds the raw hash (high 32 bits) and {@code number + 1} (low 32
 * bits; 0 = empty slot); the table is at most half full; {@code hashes[s]} is the raw hash ({@link
 * Marking#rawHash}) of vector {@code s}.
 */
public final class StateStore {
  private final int width;
  private int[] tokens;
  private int[] hashes;
  private long[] table;
  private int mask;
  private int count;

  public StateStore(int width, int expected) {
    this.width = width;
    int capacity = Math.max(16, expected);
    this.tokens = new int[Math.max(1, capacity * width)];
    this.hashes = new int[capacity];
    int tableSize = Integer.highestOneBit(Math.max(32, capacity * 2 - 1)) << 1;
    this.table = new long[tableSize];
    this.mask = tableSize - 1;
  }

  public int count() {
    return count;
  }

  public int width() {
    return width;
  }

  /**
   * The backing array; state {@code s} is at {@code [s*width, (s+1)*width)}. Reallocated by add.
   */
  public int[] tokens() {
    return tokens;
  }

  /** The number of the vector in {@code v[0..width)} with raw hash {@code hash}, or {@code -1}. */
  public int find(int[] v, int hash) {
    int slot = Marking.finish(hash) & mask;
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      int s = (int) entry - 1;
      if ((int) (entry >>> 32) == hash
          && Arrays.equals(tokens, s * width, s * width + width, v, 0, width)) {
        return s;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Appends {@code v[0..width)} (known to be absent) and returns its number. */
  public int add(int[] v, int hash) {
    if (count == hashes.length) {
      grow();
    }
    int s = count++;
    System.arraycopy(v, 0, tokens, s * width, width);
    hashes[s] = hash;
    insert(s, hash);
    if (count * 2 > table.length) {
      rehash();
    }
    return s;
  }

  private void insert(int s, int hash) {
    int slot = Marking.finish(hash) & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = ((long) hash << 32) | (s + 1L);
  }

  private void grow() {
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, hashes.length * 2L);
    if ((long) capacity * width > Integer.MAX_VALUE - 8L) {
      throw new IllegalStateException("state store exceeds the maximal array size");
    }
    hashes = Arrays.copyOf(hashes, capacity);
    tokens = Arrays.copyOf(tokens, Math.max(1, capacity * width));
  }

  private void rehash() {
    table = new long[table.length * 2];
    mask = table.length - 1;
    for (int s = 0; s < count; s++) {
      insert(s, hashes[s]);
    }
  }

  /** The marking stored as number {@code s}. */
  public Marking marking(int s) {
    return Marking.copyOf(tokens, s * width, width);
  }

  public int hashOf(int s) {
    return hashes[s];
  }
}
