package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ApResult;
import dev.airproof.interpreter.data.ExecutedState;
import dev.airproof.interpreter.semantics.trace.DataKeeper.Scheme;
import java.util.Optional;

/** The ap merge table ({@code merger/ap_merger.rs}). */
final class ApMerger {
  private ApMerger() {}

  static TraceResult<Optional<MetAp>> merge(DataKeeper keeper) {
    Optional<ExecutedState> p = keeper.prev.nextState();
    Optional<ExecutedState> c = keeper.current.nextState();
    if (p.isEmpty() && c.isEmpty()) {
      return TraceResult.ok(Optional.empty());
    }
    if (p.isPresent() && !(p.get() instanceof ApResult)
        || c.isPresent() && !(c.get() instanceof ApResult)) {
      return Mergers.incompatible(p, c, "ap");
    }
    Scheme scheme = p.isEmpty() ? Scheme.CURRENT : c.isEmpty() ? Scheme.PREVIOUS : Scheme.BOTH;
    ApResult ap = (ApResult) (p.isPresent() ? p.get() : c.get());
    keeper.mapPositions(scheme);
    if (ap.generations().size() != 1) {
      return TraceResult.err(StateDebug.of(ap)
          + " ap result contains inappropriate generation count in destination");
    }
    ValueSource source = scheme == Scheme.CURRENT ? ValueSource.CURRENT_DATA
        : ValueSource.PREVIOUS_DATA;
    return TraceResult.ok(Optional.of(new MetAp(ap.generations().get(0), source)));
  }
}
