package dev.airproof.petri.store;

import dev.airproof.petri.model.Marking;
import java.util.function.IntPredicate;

/**
 * Mutable; the open-addressing (linear probing) hash index shared by the state stores: it maps raw
 * hashes ({@link Marking#rawHash}) to state numbers and leaves the comparison of the states to the
 * store that holds them.
 *
 * <p>Invariant: each table entry holds the raw hash (high 32 bits) and {@code number + 1} (low 32
 * bits; 0 = empty slot); the table is at most half full.
 */
final class HashSlots {
  private long[] table;
  private int mask;

  /** An index sized for {@code capacity} states. */
  HashSlots(int capacity) {
    int size = Integer.highestOneBit(Math.max(32, capacity * 2 - 1)) << 1;
    table = new long[size];
    mask = size - 1;
  }

  /** The number of a state with raw hash {@code hash} that {@code same} accepts, or {@code -1}. */
  int find(int hash, IntPredicate same) {
    int slot = Marking.finish(hash) & mask;
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      int s = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && same.test(s)) {
        return s;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Indexes state {@code s} with raw hash {@code hash}; when {@code count} states make the table more
   * than half full, doubles it and re-indexes states {@code 0..count) from {@code hashes}.
   */
  void add(int s, int hash, int[] hashes, int count) {
    insert(s, hash);
    if (count * 2 > table.length) {
      table = new long[table.length * 2];
      mask = table.length - 1;
      for (int i = 0; i < count; i++) {
        insert(i, hashes[i]);
      }
    }
  }

  private void insert(int s, int hash) {
    int slot = Marking.finish(hash) & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = ((long) hash << 32) | (s + 1L);
  }
}
