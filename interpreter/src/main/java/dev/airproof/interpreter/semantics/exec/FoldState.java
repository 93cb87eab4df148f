package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.Instruction;
import java.util.List;
import java.util.Optional;

/**
 * Mutable; a fold iterator: the items, the cursor, the body and last instruction, and for stream
 * folds the fold id (AquaVM's {@code FoldState}).
 */
final class FoldState {
  final List<ValueAggregate> items;
  final Optional<Long> streamFoldId;
  final Instruction body;
  final Optional<Instruction> last;
  int cursor;
  boolean backIterationStarted;

  FoldState(List<ValueAggregate> items, Optional<Long> streamFoldId, Instruction body,
      Optional<Instruction> last) {
    this.items = List.copyOf(items);
    this.streamFoldId = streamFoldId;
    this.body = body;
    this.last = last;
  }

  ValueAggregate peek() {
    return items.get(cursor);
  }

  boolean next() {
    if (cursor + 1 < items.size()) {
      cursor++;
      return true;
    }
    return false;
  }

  void prev() {
    if (cursor > 0) {
      cursor--;
    }
  }
}
