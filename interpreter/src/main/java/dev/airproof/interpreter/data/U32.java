package dev.airproof.interpreter.data;

/** Range guard for the u32 fields of AquaVM's data model. */
final class U32 {
  static final long MAX = 0xFFFF_FFFFL;

  private U32() {}

  /** Returns {@code value} when it fits a u32; throws otherwise (a bug in the caller). */
  static long require(long value, String what) {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException(what + " out of u32 range: " + value);
    }
    return value;
  }
}
