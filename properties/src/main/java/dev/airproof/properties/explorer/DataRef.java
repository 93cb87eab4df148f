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
  /** {@link #withoutSenders()}, computed on first use (a benign race: the value is deterministic). */
  private DataRef anonymous;

  private DataRef(byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  /** Wraps {@code bytes} (not copied: callers hand over ownership). */
  static DataRef own(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new DataRef(bytes);
  }

  private static final byte[] SENT_BY = "\"sent_by\":{\"PeerId\":\"".getBytes(
      java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * This data with the peer id of every plain {@code sent_by} call state blanked ({@code
   * "sent_by":{"PeerId":""}}); {@code this} when there is none. Interpreter data is compact JSON
   * in which a quote inside a string is escaped, so the needle {@code "sent_by":{"PeerId":"} only
   * occurs as that trace state. See {@link ExplorerState#withoutSenders()} for why the explorer
   * may identify states that differ only there.
   */
  public DataRef withoutSenders() {
    DataRef known = anonymous;
    if (known == null) {
      known = blankSenders();
      anonymous = known;
    }
    return known;
  }

  private DataRef blankSenders() {
    java.io.ByteArrayOutputStream out = null;
    int copied = 0;
    for (int i = indexOf(bytes, SENT_BY, 0); i >= 0; i = indexOf(bytes, SENT_BY, i)) {
      int start = i + SENT_BY.length;
      int end = start;
      while (end < bytes.length && bytes[end] != '"') {
        end++;
      }
      if (end > start) {
        if (out == null) {
          out = new java.io.ByteArrayOutputStream(bytes.length);
        }
        out.write(bytes, copied, start - copied);
        copied = end;
      }
      i = end;
    }
    if (out == null) {
      return this;
    }
    out.write(bytes, copied, bytes.length - copied);
    DataRef blank = new DataRef(out.toByteArray());
    blank.anonymous = blank;
    return blank;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      if (hay[i] != needle[0]) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
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
