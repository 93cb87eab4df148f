package dev.airproof.interpreter.data;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Mutable, single-use; a growable buffer of UTF-8 JSON bytes written in one pass, so that a large
 * document is neither built as a {@code String} first nor copied again to encode it.
 *
 * <p>{@link #string} writes exactly the bytes of {@code JValues.writeString} followed by UTF-8
 * encoding ({@code String.getBytes(UTF_8)}, which writes an unpaired surrogate as {@code ?}): the
 * plain ASCII path is inline, anything else goes through that very pair.
 */
final class JsonBytes {
  private byte[] buf;
  private int size;
  /** The last long string written that needed no escape, and its UTF-8 bytes. */
  private String lastLong;
  private byte[] lastLongUtf8;

  /** A buffer with room for {@code capacity} bytes before it grows. */
  JsonBytes(int capacity) {
    buf = new byte[Math.max(capacity, 64)];
  }

  private void room(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(size + more, buf.length * 2));
    }
  }

  /** Appends an ASCII fragment as is (the caller guarantees it is ASCII and valid JSON there). */
  JsonBytes ascii(String fragment) {
    int n = fragment.length();
    room(n);
    byte[] b = buf;
    int p = size;
    for (int i = 0; i < n; i++) {
      b[p + i] = (byte) fragment.charAt(i);
    }
    size = p + n;
    return this;
  }

  /** Appends one ASCII character. */
  JsonBytes ascii(char c) {
    room(1);
    buf[size++] = (byte) c;
    return this;
  }

  /** Appends the decimal form of {@code v}. */
  JsonBytes number(long v) {
    if (v < 0 || v >= 1_000_000_000L) {
      return ascii(Long.toString(v));
    }
    room(10);
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) {
      digits++;
    }
    int end = size + digits;
    for (int i = end - 1; i >= size; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    size = end;
    return this;
  }

  /** Appends {@code s} as a JSON string literal with serde_json's escaping, UTF-8 encoded. */
  JsonBytes string(String s) {
    int n = s.length();
    if (n >= 16) {
      return longString(s);
    }
    room(n + 2);
    byte[] b = buf;
    int p = size;
    b[p] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        return utf8(JValues.quote(s));
      }
      b[p + 1 + i] = (byte) c;
    }
    b[p + 1 + n] = '"';
    size = p + n + 2;
    return this;
  }

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;

  /**
   * A long string: encoded by the JDK (vectorised for ASCII), then checked eight bytes at a time
   * for the bytes JSON must escape ({@code "}, {@code \}, controls below 0x20); UTF-8 bytes from
   * 0x80 need no escape. A word that may hold one (the test is exact for the first such byte and
   * only ever errs towards "may") sends the string to the exact path.
   */
  private JsonBytes longString(String s) {
    if (s.equals(lastLong)) {
      // A document repeats its CIDs (every unused result of one value, every tetraplet of a peer).
      return quoted(lastLongUtf8);
    }
    byte[] u = s.getBytes(StandardCharsets.UTF_8);
    int n = u.length;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long w = (long) WORDS.get(u, i);
      if (mayNeedEscape(w)) {
        return utf8(JValues.quote(s));
      }
    }
    for (; i < n; i++) {
      byte c = u[i];
      if (c >= 0 && c < 0x20 || c == '"' || c == '\\') {
        return utf8(JValues.quote(s));
      }
    }
    lastLong = s;
    lastLongUtf8 = u;
    return quoted(u);
  }

  /** Appends {@code "u"}: {@code u} is UTF-8 that needs no escape. */
  private JsonBytes quoted(byte[] u) {
    int n = u.length;
    room(n + 2);
    buf[size] = '"';
    System.arraycopy(u, 0, buf, size + 1, n);
    buf[size + 1 + n] = '"';
    size += n + 2;
    return this;
  }

  /** Appends UTF-8 JSON text as is. */
  private JsonBytes raw(byte[] json) {
    room(json.length);
    System.arraycopy(json, 0, buf, size, json.length);
    size += json.length;
    return this;
  }

  /** True when a byte of {@code w} is below 0x20 (and not 0x80 or above), {@code "} or {@code \}. */
  private static boolean mayNeedEscape(long w) {
    long quote = w ^ (ONES * '"');
    long backslash = w ^ (ONES * '\\');
    long any = ((w - ONES * 0x20) & ~w)
        | ((quote - ONES) & ~quote)
        | ((backslash - ONES) & ~backslash);
    return (any & HIGHS) != 0;
  }

  /** Appends already escaped JSON text, UTF-8 encoded. */
  JsonBytes utf8(String json) {
    return raw(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes written, in an array of exactly their length. */
  byte[] toBytes() {
    return size == buf.length ? buf : Arrays.copyOf(buf, size);
  }
}
