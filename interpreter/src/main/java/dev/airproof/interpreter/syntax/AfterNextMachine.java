package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable; AquaVM 0.62's check that no instruction follows {@code next} inside a fold over a stream
 * or a stream map ({@code validator.rs}, {@code AfterNextCheckMachine}), fed with one event per
 * instruction in LR reduction order (children before parents). The machine keeps a stack of
 * instruction kinds; {@code seq}/{@code par} with a {@code next} on the left and something else on
 * the right remember their span per iterator, and a later stream fold over that iterator reports
 * it. Invariant breaches (too few entries for seq/par/xor, next in both xor branches) switch the
 * machine off, exactly as upstream — including its leniencies.
 */
final class AfterNextMachine {
  enum Kind { PIVOTAL_NEXT, MERGING, POP_STACK1, POP_STACK2, REPLACING, REPLACING_WITH_CHECK,
    XORING, POP_STACK1_REPLACING_WITH_CHECK, SIMPLE }

  private record Entry(Kind kind, String iterator, Span span) {}

  private final List<Entry> stack = new ArrayList<>();
  private final Map<String, Span> potentiallyMalformed = new HashMap<>();
  private final List<Span> malformed = new ArrayList<>();
  private boolean enabled = true;

  /** Spans of the seq/par instructions found to have an instruction after next. */
  List<Span> malformed() {
    return List.copyOf(malformed);
  }

  void met(Kind kind, String iterator, Span span) {
    if (!enabled) {
      return;
    }
    switch (kind) {
      case REPLACING -> replacing(span);
      case XORING -> xoring(span);
      case MERGING -> merging(span);
      case REPLACING_WITH_CHECK -> replacingWithCheck(kind, iterator, span);
      case POP_STACK1_REPLACING_WITH_CHECK -> {
        pop();
        replacingWithCheck(kind, iterator, span);
      }
      case PIVOTAL_NEXT, SIMPLE -> stack.add(new Entry(kind, iterator, span));
      case POP_STACK1 -> {
        pop();
        stack.add(new Entry(kind, null, span));
      }
      case POP_STACK2 -> {
        pop();
        pop();
        stack.add(new Entry(kind, null, span));
      }
    }
  }

  private Entry pop() {
    return stack.isEmpty() ? null : stack.remove(stack.size() - 1);
  }

  private void disable() {
    stack.clear();
    enabled = false;
  }

  private static boolean isNext(Entry e) {
    return e.kind == Kind.PIVOTAL_NEXT;
  }

  private void replacing(Span span) {
    Entry child = pop();
    if (child == null) {
      disable();
    } else if (isNext(child)) {
      stack.add(new Entry(child.kind, child.iterator, span));
    } else {
      stack.add(new Entry(Kind.REPLACING, null, span));
    }
  }

  private void xoring(Span span) {
    Entry right = pop();
    Entry left = pop();
    if (left == null || right == null) {
      disable();
    } else if (isNext(left) && isNext(right)) {
      disable();
    } else if (isNext(left)) {
      stack.add(new Entry(left.kind, left.iterator, span));
    } else if (isNext(right)) {
      stack.add(new Entry(right.kind, right.iterator, span));
    } else {
      stack.add(new Entry(Kind.XORING, null, span));
    }
  }

  private void merging(Span span) {
    Entry right = pop();
    Entry left = pop();
    if (left == null || right == null) {
      disable();
    } else if (isNext(left) && isNext(right) && left.iterator.equals(right.iterator)) {
      stack.add(new Entry(left.kind, left.iterator, span));
    } else if (isNext(left)) {
      stack.add(new Entry(Kind.MERGING, null, span));
      potentiallyMalformed.putIfAbsent(left.iterator, span);
    } else if (isNext(right)) {
      stack.add(new Entry(right.kind, right.iterator, span));
    } else {
      stack.add(new Entry(Kind.MERGING, null, span));
    }
  }

  private void replacingWithCheck(Kind kind, String iterator, Span span) {
    Entry child = pop();
    if (child == null) {
      enabled = false;
      return;
    }
    Span pending = potentiallyMalformed.get(iterator);
    if (pending != null) {
      malformed.add(pending);
    }
    if (isNext(child) && child.iterator.equals(iterator)) {
      potentiallyMalformed.remove(iterator);
      stack.add(new Entry(Kind.SIMPLE, null, span));
    } else if (isNext(child)) {
      stack.add(new Entry(child.kind, child.iterator, span));
    } else {
      stack.add(new Entry(kind, iterator, span));
    }
  }
}
