package dev.airproof.interpreter.semantics.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mutable; a stream: values by generation in three spaces (previous, current, new), AquaVM's
 * {@code Stream} ({@code value_types/stream}).
 *
 * <p>Invariant: iteration order is previous generations ascending, then current, then new.
 */
final class Stream {
  static final int MAX_SIZE = 1024;
  private final TreeMap<Long, List<ValueAggregate>> previous = new TreeMap<>();
  private final TreeMap<Long, List<ValueAggregate>> current = new TreeMap<>();
  private final List<List<ValueAggregate>> fresh = new ArrayList<>();
  private int size;

  /** Generation counts of the three spaces (empty generations included), a fold cursor. */
  record Cursor(long previous, long current, long fresh) {}

  /** Adds a value; returns false when the stream size limit is reached (AquaVM's check). */
  boolean addPrevious(ValueAggregate v, long gen) {
    previous.computeIfAbsent(gen, g -> new ArrayList<>()).add(v);
    return grow();
  }

  boolean addCurrent(ValueAggregate v, long gen) {
    current.computeIfAbsent(gen, g -> new ArrayList<>()).add(v);
    return grow();
  }

  boolean addNew(ValueAggregate v) {
    if (fresh.isEmpty()) {
      fresh.add(new ArrayList<>());
    }
    fresh.get(fresh.size() - 1).add(v);
    return grow();
  }

  private boolean grow() {
    size++;
    return size < MAX_SIZE;
  }

  List<ValueAggregate> values() {
    List<ValueAggregate> out = new ArrayList<>();
    previous.values().forEach(out::addAll);
    current.values().forEach(out::addAll);
    fresh.forEach(out::addAll);
    return out;
  }

  Cursor cursor() {
    return new Cursor(count(previous), count(current), fresh.size());
  }

  private static long count(TreeMap<Long, List<ValueAggregate>> m) {
    return m.isEmpty() ? 0 : m.lastKey() + 1;
  }

  /** Non-empty generations after skipping, in each space, as many non-empty ones as the cursor says. */
  List<List<ValueAggregate>> slicesFrom(Cursor c) {
    List<List<ValueAggregate>> out = new ArrayList<>();
    addSkipping(out, new ArrayList<>(previous.values()), c.previous());
    addSkipping(out, new ArrayList<>(current.values()), c.current());
    addSkipping(out, fresh, c.fresh());
    return out;
  }

  private static void addSkipping(List<List<ValueAggregate>> out, List<List<ValueAggregate>> gens,
      long skip) {
    long skipped = 0;
    for (List<ValueAggregate> g : gens) {
      if (g.isEmpty()) {
        continue;
      }
      if (skipped < skip) {
        skipped++;
        continue;
      }
      out.add(List.copyOf(g));
    }
  }

  void addNewEmptyGeneration() {
    fresh.add(new ArrayList<>());
  }

  void removeLastGenerationIfEmpty() {
    if (!fresh.isEmpty() && fresh.get(fresh.size() - 1).isEmpty()) {
      fresh.remove(fresh.size() - 1);
    }
  }

  /** Compaction: the final generation numbers of every value, by result trace position. */
  Map<Long, Long> compactedGenerations() {
    Map<Long, Long> out = new java.util.LinkedHashMap<>();
    long gen = 0;
    for (List<ValueAggregate> g : previous.values()) {
      gen = number(out, g, gen);
    }
    for (List<ValueAggregate> g : current.values()) {
      gen = number(out, g, gen);
    }
    for (List<ValueAggregate> g : fresh) {
      gen = number(out, g, gen);
    }
    return out;
  }

  private static long number(Map<Long, Long> out, List<ValueAggregate> g, long gen) {
    if (g.isEmpty()) {
      return gen;
    }
    for (ValueAggregate v : g) {
      out.put(v.tracePos(), gen);
    }
    return gen + 1;
  }
}
