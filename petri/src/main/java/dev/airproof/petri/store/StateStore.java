package dev.airproof.petri.store;

import dev.airproof.petri.model.Marking;
import java.util.Arrays;

/**
 * Mutable; a set of equal-width int vectors stored back to back in one array, numbered in insertion
 * order, indexed by a {@link HashSlots} table.
 *
 * <p>Invariant: {@code hashes[s]} is the raw hash ({@link Marking#rawHash}) of vector {@code s}.
 */
public final class StateStore {
  private final int width;
  private int[] tokens;
  private int[] hashes;
  private final HashSlots slots;
  private int count;

  public StateStore(int width, int expected) {
    this.width = width;
    int capacity = Math.max(16, expected);
    this.tokens = new int[Math.max(1, capacity * width)];
    this.hashes = new int[capacity];
    this.slots = new HashSlots(capacity);
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
    return slots.find(hash, s -> Arrays.equals(tokens, s * width, s * width + width, v, 0, width));
  }

  /** Appends {@code v[0..width)} (known to be absent) and returns its number. */
  public int add(int[] v, int hash) {
    if (count == hashes.length) {
      grow();
    }
    int s = count++;
    System.arraycopy(v, 0, tokens, s * width, width);
    hashes[s] = hash;
    slots.add(s, hash, hashes, count);
    return s;
  }


  private void grow() {
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, hashes.length * 2L);
    if ((long) capacity * width > Integer.MAX_VALUE - 8L) {
      throw new IllegalStateException("state store exceeds the maximal array size");
    }
    hashes = Arrays.copyOf(hashes, capacity);
    tokens = Arrays.copyOf(tokens, Math.max(1, capacity * width));
  }


  /** The marking stored as number {@code s}. */
  public Marking marking(int s) {
    return Marking.copyOf(tokens, s * width, width);
  }

  public int hashOf(int s) {
    return hashes[s];
  }
}
