package dev.airproof.interpreter.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Thread-safe; a least-recently-used memo of {@link DataJson#read}, bounded by the total size of the
 * remembered inputs. Reading is a pure function of the bytes and its results are immutable, while a
 * model checker hands the interpreter the same stored data again and again: remembering the parsed
 * form changes no result. Keys are compared by content, never by identity.
 */
final class ReadMemo {
  private final long byteBudget;
  private final LinkedHashMap<Key, DataReadResult> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  ReadMemo(long byteBudget) {
    this.byteBudget = byteBudget;
  }

  DataReadResult read(byte[] input, Function<byte[], DataReadResult> reader) {
    Key probe = new Key(input);
    synchronized (this) {
      DataReadResult known = entries.get(probe);
      if (known != null) {
        return known;
      }
    }
    DataReadResult result = reader.apply(input);
    if (input.length <= byteBudget / 8) {
      Key stored = new Key(input.clone());
      synchronized (this) {
        if (entries.put(stored, result) == null) {
          bytes += input.length;
        }
        for (Iterator<Map.Entry<Key, DataReadResult>> it = entries.entrySet().iterator();
            bytes > byteBudget && it.hasNext(); ) {
          bytes -= it.next().getKey().bytes.length;
          it.remove();
        }
      }
    }
    return result;
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
