package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.ast.Span;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; the identity of a call instance: the call instruction's position in the script and the
 * path of fold iterations it runs in (outermost first; for a fold over a scalar the element index, for
 * a stream fold the trace position of the iterated value). Two requests with equal call sites ask for
 * the same call instance, which at-most-once forbids executing twice.
 *
 * @param span the call instruction
 * @param iteration fold iteration path, outermost first (empty outside folds)
 */
public record CallSite(Span span, List<Long> iteration) {
  public CallSite {
    Objects.requireNonNull(span, "span");
    iteration = List.copyOf(iteration);
  }
}
