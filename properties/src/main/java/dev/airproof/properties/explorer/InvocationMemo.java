package dev.airproof.properties.explorer;

import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.InsightfulInterpreter.Observed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Mutable; a bounded least-recently-used memo of interpreter invocations keyed by their inputs. The
 * same delivery is met in many states of a search; the interpreter being pure, its outcome can be
 * reused.
 */
final class InvocationMemo {
  /** Immutable; the inputs of an invocation besides the fixed script and environment. */
  record Key(int peer, DataRef prev, DataRef current, Map<Integer, CallServiceResult> results) {}

  private final LinkedHashMap<Key, Observed> map;
  private long hits;
  private long misses;

  InvocationMemo(int capacity) {
    this.map = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Observed> eldest) {
        return size() > capacity;
      }
    };
  }

  Observed computeIfAbsent(Key key, Function<Key, Observed> compute) {
    Observed o = map.get(key);
    if (o != null) {
      hits++;
      return o;
    }
    misses++;
    o = compute.apply(key);
    map.put(key, o);
    return o;
  }

  long hits() {
    return hits;
  }

  long misses() {
    return misses;
  }
}
