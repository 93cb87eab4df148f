package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ExecutedState;
import java.util.Optional;

/**
 * Errors shared by the per-instruction mergers ({@code merger/errors.rs}). With both states present
 * AquaVM prints them bare ({@code IncompatibleExecutedStates(ExecutedState, ExecutedState)}), not
 * as options: pinned by {@code conformance/regressions/incompatible_states_debug.json}.
 */
final class Mergers {
  private Mergers() {}

  static <T> TraceResult<T> incompatible(
      Optional<ExecutedState> prev, Optional<ExecutedState> current, String expected) {
    if (prev.isPresent() && current.isPresent()) {
      return TraceResult.err("previous and current data have incompatible states: '"
          + StateDebug.of(prev.get()) + "' '" + StateDebug.of(current.get()) + "'");
    }
    String from = prev.isPresent() ? "previous" : "current";
    ExecutedState s = prev.isPresent() ? prev.get() : current.orElseThrow();
    return TraceResult.err("state from " + from + " `" + StateDebug.of(s)
        + "` is incompatible with expected " + expected);
  }
}
