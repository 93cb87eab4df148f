package dev.airproof.properties.explorer;

import java.util.Arrays;

/**
 * Immutable; interpreter data bytes with a precomputed hash, compared by content. The explorer
 * interns them so that equal data is stored once however many states hold it.
 *
 * <p>The data bytes are the interpreter's canonical serialization (deterministic field and store
 * order, {@code docs/data-format.md}), so equal content means equal bytes.
 */
public final class DataRef implements Comparable<DataRef> {
  /** The empty data (a peer that has not run yet, or lost its data). */
  public static final DataRef EMPTY = new DataRef(new byte[0]);

  private final byte[] bytes;
  private final int hash;

  private DataRef(byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  /** Wraps {@code bytes} (not copied: callers hand over ownership). */
  static DataRef own(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new DataRef(bytes);
  }

  /** A copy of the bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The bytes without copying; callers must not modify them. */
  byte[] unsafeBytes() {
    return bytes;
  }

  /** True for the empty data. */
  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** Size in bytes. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataRef d && hash == d.hash && Arrays.equals(bytes, d.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(DataRef o) {
    int c = Integer.compare(hash, o.hash);
    return c != 0 ? c : Arrays.compare(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return "data(" + bytes.length + " bytes, #" + Integer.toHexString(hash) + ")";
  }
}
