package dev.airproof.interpreter.semantics.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable; scoped single-assignment variables by fold depth, AquaVM's {@code ValuesSparseMatrix}:
 * global values (depth 0) cannot be re-assigned, values set inside a fold iteration are visible to
 * that iteration only, {@code new} pushes an unset cell.
 */
final class SparseMatrix<T> {
  /** Insertion-ordered: {@link #cleanup} iterates it at every iteration end without table scans. */
  private final Map<String, List<Cell<T>>> cells = new LinkedHashMap<>();
  /**
   * The fold depths whose values are visible now (a flag per depth; depth 0 always). A plain array:
   * {@code BitSet.clear} of its highest bit rescans every word, quadratic over a deep fold.
   */
  private boolean[] allowedDepths = initialDepths();
  private int depth;
  /** At least the depth of every cell (cells are made at the current depth); 0 when all are global. */
  private int deepest;

  private record Cell<T>(int depth, Optional<T> value) {}

  private static boolean[] initialDepths() {
    boolean[] b = new boolean[16];
    b[0] = true;
    return b;
  }

  private boolean allowed(int d) {
    return d < allowedDepths.length && allowedDepths[d];
  }

  private void allow(int d, boolean visible) {
    if (d >= allowedDepths.length) {
      if (!visible) {
        return;
      }
      allowedDepths = java.util.Arrays.copyOf(allowedDepths,
          Math.max(d + 1, allowedDepths.length * 2));
    }
    allowedDepths[d] = visible;
  }

  /** Result of a lookup: absent (not found), unset after new, or a value. */
  sealed interface Get<T> permits Get.NotFound, Get.Unset, Get.Value {
    /** The one absent result (it has no fields, so any type parameter fits). */
    @SuppressWarnings("rawtypes")
    Get NOT_FOUND = new NotFound();

    /** The one unset result. */
    @SuppressWarnings("rawtypes")
    Get UNSET = new Unset();

    record NotFound<T>() implements Get<T> {}

    record Unset<T>() implements Get<T> {}

    record Value<T>(T value) implements Get<T> {}
  }

  /** Sets a value; returns false when shadowing is not allowed (20007). */
  boolean set(String name, T value) {
    boolean couldBeSet = couldBeSet(name);
    List<Cell<T>> list = cells.get(name);
    if (list == null) {
      list = new ArrayList<>();
      list.add(new Cell<>(depth, Optional.of(value)));
      deepest = Math.max(deepest, depth);
      cells.put(name, list);
      return true;
    }
    if (!couldBeSet) {
      return false;
    }
    Cell<T> last = list.get(list.size() - 1);
    if (last.depth() == depth) {
      list.set(list.size() - 1, new Cell<>(depth, Optional.of(value)));
    } else {
      list.add(new Cell<>(depth, Optional.of(value)));
      deepest = Math.max(deepest, depth);
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  Get<T> get(String name) {
    List<Cell<T>> list = cells.get(name);
    if (list == null) {
      return Get.NOT_FOUND;
    }
    Cell<T> last = list.get(list.size() - 1);
    if (!allowed(last.depth())) {
      return Get.NOT_FOUND;
    }
    return last.value().isPresent() ? new Get.Value<>(last.value().get()) : Get.UNSET;
  }

  boolean couldBeSet(String name) {
    if (depth != 0) {
      return true;
    }
    List<Cell<T>> list = cells.get(name);
    return list != null && list.get(list.size() - 1).value().isEmpty();
  }

  void foldStart() {
    depth++;
    allow(depth, true);
  }

  void nextBefore() {
    allow(depth, false);
    depth++;
    allow(depth, true);
  }

  void nextAfter() {
    allow(depth, false);
    depth--;
    allow(depth, true);
    cleanup();
  }

  void foldEnd() {
    allow(depth, false);
    depth--;
    cleanup();
  }

  void newStart(String name) {
    cells.computeIfAbsent(name, n -> new ArrayList<>()).add(new Cell<>(depth, Optional.empty()));
    deepest = Math.max(deepest, depth);
  }

  /** Ends a {@code new} scope; false when the state is corrupted (20008). */
  boolean newEnd(String name) {
    List<Cell<T>> list = cells.get(name);
    if (list == null) {
      return false;
    }
    if (list.size() > 1) {
      Cell<T> popped = list.remove(list.size() - 1);
      return popped.depth() == depth;
    }
    if (list.get(0).depth() == depth) {
      cells.remove(name);
      return true;
    }
    return false;
  }

  /** Drops the top cell of every variable set deeper than the current depth. */
  private void cleanup() {
    if (deepest <= depth) {
      return; // no cell is deeper: nothing to drop (the common case, checked without a scan)
    }
    List<String> delete = new ArrayList<>();
    for (Map.Entry<String, List<Cell<T>>> e : cells.entrySet()) {
      List<Cell<T>> list = e.getValue();
      int d = list.get(list.size() - 1).depth();
      if (d != 0 && d > depth) {
        if (list.size() > 1) {
          list.remove(list.size() - 1);
        } else {
          delete.add(e.getKey());
        }
      }
    }
    delete.forEach(cells::remove);
    deepest = 0;
    for (List<Cell<T>> list : cells.values()) {
      for (Cell<T> c : list) {
        deepest = Math.max(deepest, c.depth());
      }
    }
  }
}
