package dev.airproof.interpreter.semantics.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable; scoped single-assignment variables by fold depth, AquaVM's {@code ValuesSparseMatrix}:
 * global values (depth 0) cannot be re-assigned, values set inside a fold iteration are visible to
 * that iteration only, {@code new} pushes an unset cell.
 */
final class SparseMatrix<T> {
  private final Map<String, List<Cell<T>>> cells = new HashMap<>();
  /** The fold depths whose values are visible now (a bit per depth; depth 0 always). */
  private final java.util.BitSet allowedDepths = initialDepths();
  private int depth;

  private record Cell<T>(int depth, Optional<T> value) {}

  private static java.util.BitSet initialDepths() {
    java.util.BitSet b = new java.util.BitSet();
    b.set(0);
    return b;
  }

  /** Result of a lookup: absent (not found), unset after new, or a value. */
  sealed interface Get<T> permits Get.NotFound, Get.Unset, Get.Value {
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
    }
    return true;
  }

  Get<T> get(String name) {
    List<Cell<T>> list = cells.get(name);
    if (list == null) {
      return new Get.NotFound<>();
    }
    Cell<T> last = list.get(list.size() - 1);
    if (!allowedDepths.get(last.depth())) {
      return new Get.NotFound<>();
    }
    return last.value().<Get<T>>map(Get.Value::new).orElseGet(Get.Unset::new);
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
    allowedDepths.set(depth);
  }

  void nextBefore() {
    allowedDepths.clear(depth);
    depth++;
    allowedDepths.set(depth);
  }

  void nextAfter() {
    allowedDepths.clear(depth);
    depth--;
    allowedDepths.set(depth);
    cleanup();
  }

  void foldEnd() {
    allowedDepths.clear(depth);
    depth--;
    cleanup();
  }

  void newStart(String name) {
    cells.computeIfAbsent(name, n -> new ArrayList<>()).add(new Cell<>(depth, Optional.empty()));
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

  private void cleanup() {
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
  }
}
