package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.ExecutedState;
import dev.airproof.interpreter.data.ValueRef;
import dev.airproof.interpreter.semantics.trace.DataKeeper.Scheme;
import java.util.Optional;

/** The call merge table ({@code merger/call_merger.rs}). */
final class CallMerger {
  private CallMerger() {}

  private static final TraceResult<Optional<MetCall>> NOTHING = TraceResult.ok(Optional.empty());

  static TraceResult<Optional<MetCall>> merge(DataKeeper keeper) {
    ExecutedState p = keeper.prev.next();
    ExecutedState c = keeper.current.next();
    if (p == null && c == null) {
      return NOTHING;
    }
    if (p != null && !(p instanceof CallResult) || c != null && !(c instanceof CallResult)) {
      return Mergers.incompatible(Optional.ofNullable(p), Optional.ofNullable(c), "call");
    }
    if (p == null) {
      return met(keeper, (CallResult) c, Scheme.CURRENT);
    }
    if (c == null) {
      return met(keeper, (CallResult) p, Scheme.PREVIOUS);
    }
    return both(keeper, (CallResult) p, (CallResult) c);
  }

  private static TraceResult<Optional<MetCall>> both(
      DataKeeper keeper, CallResult prev, CallResult cur) {
    return switch (prev) {
      case CallResult.Failed f -> switch (cur) {
        case CallResult.Failed cf -> f.equals(cf) ? met(keeper, prev, Scheme.PREVIOUS)
            : incompatibleCalls(prev, cur);
        case CallResult.RequestSentBy r -> met(keeper, prev, Scheme.PREVIOUS);
        case CallResult.Executed e -> incompatibleCalls(prev, cur);
      };
      case CallResult.RequestSentBy r -> switch (cur) {
        case CallResult.RequestSentBy cr -> met(keeper, prev, Scheme.PREVIOUS);
        case CallResult.Failed cf -> met(keeper, cur, Scheme.CURRENT);
        case CallResult.Executed ce -> met(keeper, cur, Scheme.CURRENT);
      };
      case CallResult.Executed e -> switch (cur) {
        case CallResult.RequestSentBy cr -> met(keeper, prev, Scheme.PREVIOUS);
        case CallResult.Executed ce -> mergeExecuted(keeper, e, ce);
        case CallResult.Failed cf -> incompatibleCalls(prev, cur);
      };
    };
  }

  /** Equal executed states (a stream's generation may differ): the previous state wins. */
  private static TraceResult<Optional<MetCall>> mergeExecuted(
      DataKeeper keeper, CallResult.Executed prevState, CallResult.Executed curState) {
    ValueRef prev = prevState.value();
    ValueRef cur = curState.value();
    boolean equal = switch (prev) {
      case ValueRef.Scalar s -> prev.equals(cur);
      case ValueRef.Unused u -> prev.equals(cur);
      case ValueRef.Stream s -> cur instanceof ValueRef.Stream cs && s.cid().equals(cs.cid());
    };
    if (!equal) {
      return TraceResult.err("values in call results are not equal: " + StateDebug.of(prev)
          + " != " + StateDebug.of(cur));
    }
    return met(keeper, prevState, Scheme.BOTH);
  }

  private static TraceResult<Optional<MetCall>> incompatibleCalls(CallResult p, CallResult c) {
    return TraceResult.err("previous and current call results are incompatible: '"
        + StateDebug.of(p) + "' '" + StateDebug.of(c) + "'");
  }

  private static TraceResult<Optional<MetCall>> met(
      DataKeeper keeper, CallResult result, Scheme scheme) {
    long pos = keeper.nextPos();
    keeper.mapPositions(scheme);
    ValueSource source = scheme == Scheme.CURRENT ? ValueSource.CURRENT_DATA
        : ValueSource.PREVIOUS_DATA;
    return TraceResult.ok(Optional.of(new MetCall(result, pos, source)));
  }
}
