package dev.airproof.interpreter.data.memo;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Thread-safe; a least-recently-used memo of a pure function of a byte string, keyed by content
 * (never by identity: the memo keeps its own copy of each key) and bounded both in entries and in
 * the total size of the remembered keys. Inputs larger than an eighth of the byte budget are
 * computed every time.
 *
 * <p>The interpreter is a pure function, and a model checker hands it the same inputs again and
 * again (the same stored data, the same signatures to check, the same values to hash); remembering
 * the results of its pure parts changes no result, only the time taken. The results must be
 * immutable, or copied by the caller.
 *
 * @param <V> the result type
 */
public final class ContentMemo<V> {
  /**
   * False when the JVM runs with {@code -Dairproof.memo=off}: every memo then computes every time
   * (benchmarks of the interpreter's cold cost, and diagnosis).
   */
  public static final boolean ENABLED = !"off".equals(System.getProperty("airproof.memo"));

  private final int maxEntries;
  private final long byteBudget;
  private final LinkedHashMap<Key, V> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  /** A memo of at most {@code maxEntries} results whose keys total at most {@code byteBudget}. */
  public ContentMemo(int maxEntries, long byteBudget) {
    if (maxEntries < 1 || byteBudget < 1) {
      throw new IllegalArgumentException("a memo needs room: " + maxEntries + ", " + byteBudget);
    }
    this.maxEntries = maxEntries;
    this.byteBudget = byteBudget;
  }

  /** {@code function.apply(input)}, remembered. */
  public V apply(byte[] input, Function<byte[], V> function) {
    if (!ENABLED) {
      return function.apply(input);
    }
    Key probe = new Key(input);
    synchronized (this) {
      V known = entries.get(probe);
      if (known != null) {
        return known;
      }
    }
    V value = function.apply(input);
    if (value != null && input.length <= byteBudget / 8) {
      Key stored = new Key(input.clone());
      synchronized (this) {
        if (entries.put(stored, value) == null) {
          bytes += input.length;
        }
        Iterator<Map.Entry<Key, V>> it = entries.entrySet().iterator();
        while ((bytes > byteBudget || entries.size() > maxEntries) && it.hasNext()) {
          bytes -= it.next().getKey().bytes.length;
          it.remove();
        }
      }
    }
    return value;
  }

  /**
   * A short key for several inputs or a long one: the SHA-256 digest of the length-prefixed parts
   * (equal keys for different inputs would need a SHA-256 collision).
   */
  public static byte[] digestOf(byte[]... parts) {
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
    for (byte[] part : parts) {
      int n = part.length;
      sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
      sha.update(part);
    }
    return sha.digest();
  }

  /** Number of remembered results. */
  public synchronized int size() {
    return entries.size();
  }

  /** Content equality over a byte array that nobody mutates while it is a key. */
  private static final class Key {
    private final byte[] bytes;
    private final int hash;

    Key(byte[] bytes) {
      this.bytes = bytes;
      this.hash = Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
