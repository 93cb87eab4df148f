package dev.airproof.petri.store;

import dev.airproof.petri.model.Marking;
import java.util.Arrays;

/**
 * Mutable; a set of equal-width vectors of non-negative ints, bit-packed into {@code long} words
 * (4, 8, 16 or 32 bits per entry, widened for all vectors when a larger value arrives), numbered in
 * insertion order, with an open-addressing hash index.
 *
 * <p>Invariants: vector {@code s} occupies words {@code [s*words, (s+1)*words)}; entry {@code p}
 * lies in word {@code p / perWord} at bit {@code (p % perWord) * bits}; unused bits are 0, so equal
 * vectors have equal words; a {@link HashSlots} table indexes them by raw hash. For safe or
 * small-bounded nets this stores a marking in a few bytes, which keeps the explorer's memory
 * traffic low.
 */
public final class PackedStateStore {
  private final int width;
  private int bits;
  private int perWord;
  private int words;
  private long[] data;
  private int[] hashes;
  private final HashSlots slots;
  private int count;
  private long[] probe;
  private long[] base;
  private int[] wordOf;
  private int[] shiftOf;

  /** {@link #findSuccessor} result: the successor does not fit the current entry width. */
  public static final int NO_FIT = -2;

  /** An empty store for vectors of {@code width} entries, sized for {@code expected} vectors. */
  public PackedStateStore(int width, int expected) {
    this.width = width;
    int capacity = Math.max(16, expected);
    layout(4);
    this.data = new long[Math.max(1, capacity * words)];
    this.hashes = new int[capacity];
    this.slots = new HashSlots(capacity);
  }

  private void layout(int bitsPerEntry) {
    bits = bitsPerEntry;
    perWord = 64 / bits;
    words = (width + perWord - 1) / perWord;
    probe = new long[Math.max(1, words)];
    base = new long[Math.max(1, words)];
    wordOf = new int[width];
    shiftOf = new int[width];
    for (int p = 0; p < width; p++) {
      wordOf[p] = p / perWord;
      shiftOf[p] = (p % perWord) * bits;
    }
  }

  /** Number of stored vectors. */
  public int count() {
    return count;
  }

  /** Entries per vector. */
  public int width() {
    return width;
  }

  /** Bits per entry currently used. */
  public int bitsPerEntry() {
    return bits;
  }

  /**
   * The number of the vector {@code v[0..width)} with raw hash {@code hash}, or -1. Reads only
   * (packs into a fresh buffer), so finished stores can be queried from several threads.
   */
  public int find(int[] v, int hash) {
    if (!fits(v)) {
      return -1;
    }
    long[] packed = new long[Math.max(1, words)];
    pack(v, packed, 0);
    return lookup(packed, hash);
  }

  /** Loads vector {@code s} as the base of {@link #findSuccessor}; again after any widening. */
  public void loadBase(int s) {
    System.arraycopy(data, s * words, base, 0, words);
  }

  /**
   * Looks up the vector obtained from the loaded base vector (whose entries are {@code current}) by
   * adding {@code deltas[k]} to entry {@code places[k]} (results must be {@code >= 0}): its number,
   * -1 if absent (then {@link #addProbe} stores it), or {@link #NO_FIT} if an entry outgrows the
   * current width (then use {@link #add}). Works on the packed words directly.
   */
  public int findSuccessor(int[] current, int[] places, int[] deltas, int hash) {
    long limit = bits == 32 ? Long.MAX_VALUE : 1L << bits;
    for (int k = 0; k < places.length; k++) {
      if ((long) current[places[k]] + deltas[k] >= limit) {
        return NO_FIT;
      }
    }
    System.arraycopy(base, 0, probe, 0, words);
    for (int k = 0; k < places.length; k++) {
      int p = places[k];
      probe[wordOf[p]] += ((long) deltas[k]) << shiftOf[p];
    }
    return lookup(probe, hash);
  }

  /** Stores the vector of the last {@link #findSuccessor} that returned -1; its number. */
  public int addProbe(int hash) {
    if (count == hashes.length) {
      grow();
    }
    int s = count++;
    System.arraycopy(probe, 0, data, s * words, words);
    hashes[s] = hash;
    slots.add(s, hash, hashes, count);
    return s;
  }

  private int lookup(long[] packed, int hash) {
    return slots.find(hash, s -> Arrays.equals(data, s * words, s * words + words, packed, 0, words));
  }

  /** Appends {@code v[0..width)} (known to be absent) with raw hash {@code hash}; its number. */
  public int add(int[] v, int hash) {
    while (!fits(v)) {
      widen();
    }
    if (count == hashes.length) {
      grow();
    }
    int s = count++;
    pack(v, data, s * words);
    hashes[s] = hash;
    slots.add(s, hash, hashes, count);
    return s;
  }

  /** Entry {@code p} of vector {@code s}. */
  public int get(int s, int p) {
    long word = data[s * words + wordOf[p]];
    return (int) ((word >>> shiftOf[p]) & entryMask());
  }

  /** Unpacks vector {@code s} into {@code dst[0..width)}. */
  public void copyTo(int s, int[] dst) {
    long m = entryMask();
    int offset = s * words;
    for (int p = 0; p < width; p++) {
      dst[p] = (int) ((data[offset + wordOf[p]] >>> shiftOf[p]) & m);
    }
  }

  /** The marking stored as number {@code s}. */
  public Marking marking(int s) {
    int[] v = new int[width];
    copyTo(s, v);
    return Marking.of(v);
  }

  /** The raw hash of vector {@code s}. */
  public int hashOf(int s) {
    return hashes[s];
  }

  private long entryMask() {
    return (1L << bits) - 1;
  }

  private boolean fits(int[] v) {
    if (bits == 32) {
      return true;
    }
    int limit = 1 << bits;
    for (int p = 0; p < width; p++) {
      if (v[p] >= limit) {
        return false;
      }
    }
    return true;
  }

  private void pack(int[] v, long[] dst, int offset) {
    Arrays.fill(dst, offset, offset + words, 0L);
    for (int p = 0; p < width; p++) {
      dst[offset + wordOf[p]] |= ((long) v[p]) << shiftOf[p];
    }
  }

  /** Doubles the bits per entry and repacks every stored vector. */
  private void widen() {
    int[] v = new int[width];
    int oldWords = words;
    int oldBits = bits;
    int oldPerWord = perWord;
    long[] old = data;
    layout(bits * 2);
    data = new long[Math.max(1, hashes.length * words)];
    long m = (1L << oldBits) - 1;
    for (int s = 0; s < count; s++) {
      for (int p = 0; p < width; p++) {
        v[p] = (int) ((old[s * oldWords + p / oldPerWord] >>> ((p % oldPerWord) * oldBits)) & m);
      }
      pack(v, data, s * words);
    }
  }


  private void grow() {
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, hashes.length * 2L);
    if ((long) capacity * words > Integer.MAX_VALUE - 8L) {
      throw new IllegalStateException("state store exceeds the maximal array size");
    }
    hashes = Arrays.copyOf(hashes, capacity);
    data = Arrays.copyOf(data, Math.max(1, capacity * words));
  }

}
