package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ExecutedState;
import java.util.Optional;

/** Errors shared by the per-instruction mergers ({@code merger/errors.rs}). */
final class Mergers {
  private Mergers() {}

  static <T> TraceResult<T> incompatible(
      Optional<ExecutedState> prev, Optional<ExecutedState> current, String expected) {
    if (prev.isPresent() && current.isPresent()) {
      return TraceResult.err("previous and current data have incompatible states: '"
          + StateDebug.of(prev) + "' '" + StateDebug.of(current) + "'");
    }
    String from = prev.isPresent() ? "previous" : "current";
    ExecutedState s = prev.isPresent() ? prev.get() : current.orElseThrow();
    return TraceResult.err("state from " + from + " `" + StateDebug.of(s)
        + "` is incompatible with expected " + expected);
  }
}
