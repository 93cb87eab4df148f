package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.CanonResult;
import dev.airproof.interpreter.data.ExecutedState;
import java.util.Optional;

/** The canon merge table ({@code merger/canon_merger.rs}); canon states are not position-mapped. */
final class CanonMerger {
  private CanonMerger() {}

  static TraceResult<Optional<CanonResult>> merge(DataKeeper keeper) {
    Optional<ExecutedState> p = keeper.prev.nextState();
    Optional<ExecutedState> c = keeper.current.nextState();
    if (p.isEmpty() && c.isEmpty()) {
      return TraceResult.ok(Optional.empty());
    }
    if (p.isPresent() && !(p.get() instanceof CanonResult)
        || c.isPresent() && !(c.get() instanceof CanonResult)) {
      return Mergers.incompatible(p, c, "canon");
    }
    if (p.isEmpty() || c.isEmpty()) {
      return TraceResult.ok(Optional.of((CanonResult) p.orElseGet(c::get)));
    }
    CanonResult prev = (CanonResult) p.get();
    CanonResult cur = (CanonResult) c.get();
    if (prev instanceof CanonResult.Executed && cur instanceof CanonResult.Executed
        && !prev.equals(cur)) {
      return TraceResult.err("canon results " + StateDebug.of(prev) + " " + StateDebug.of(cur)
          + " points to incompatible execution states");
    }
    if (prev instanceof CanonResult.RequestSentBy && cur instanceof CanonResult.Executed) {
      return TraceResult.ok(Optional.of(cur));
    }
    return TraceResult.ok(Optional.of(prev));
  }
}
