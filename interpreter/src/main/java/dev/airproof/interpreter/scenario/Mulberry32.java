package dev.airproof.interpreter.scenario;

/**
 * Mutable; the mulberry32 generator exactly as the JavaScript reference defines it (32-bit
 * wrap-around, {@code Math.imul}, unsigned shifts), so that a seed picks the same delivery order on
 * the Java and the Node side.
 */
public final class Mulberry32 {
  private int state;

  /** A generator seeded with {@code seed | 0} (the low 32 bits of an integral seed). */
  public Mulberry32(long seed) {
    this.state = (int) seed;
  }

  /** The next value in [0, 1). */
  public double next() {
    state += 0x6D2B79F5;
    int t = (state ^ (state >>> 15)) * (1 | state);
    t = (t + (t ^ (t >>> 7)) * (61 | t)) ^ t;
    return Integer.toUnsignedLong(t ^ (t >>> 14)) / 4294967296.0;
  }

  /** {@code floor(next() * size)}: an index into a list of {@code size} > 0 elements. */
  public int nextIndex(int size) {
    return (int) Math.floor(next() * size);
  }
}
