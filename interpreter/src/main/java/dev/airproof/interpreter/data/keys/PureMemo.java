package dev.airproof.interpreter.data.keys;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Thread-safe; a bounded least-recently-used memo of a pure function of byte strings. The Ed25519
 * operations are pure functions of their inputs, and a model checker asks the same ones again and
 * again (every peer re-verifies every signature it receives on every invocation, and re-signs the
 * same CIDs); remembering the last results changes no result, only the time taken.
 *
 * <p>Entries are keyed by a digest of the inputs, not the inputs themselves.
 *
 * @param <V> the result type; results must be immutable or copied by the caller
 */
final class PureMemo<V> {
  private final Map<Key, V> entries;

  PureMemo(int capacity) {
    this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 12), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The value of {@code function} at the concatenation of {@code parts}, remembered. */
  V apply(Function<byte[][], V> function, byte[]... parts) {
    Key key = new Key(parts);
    synchronized (entries) {
      V known = entries.get(key);
      if (known != null) {
        return known;
      }
    }
    V value = function.apply(parts);
    synchronized (entries) {
      entries.put(key, value);
    }
    return value;
  }

  /**
   * Immutable; the SHA-256 digest of the length-prefixed parts, so that a memo entry costs 32 bytes
   * however long the signed message is (a collision would need a SHA-256 collision).
   */
  private static final class Key {
    private final byte[] digest;
    private final int hash;

    Key(byte[][] parts) {
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
      this.digest = sha.digest();
      this.hash = Arrays.hashCode(digest);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && Arrays.equals(k.digest, digest);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
