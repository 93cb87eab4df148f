package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ApResult;
import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.ExecutedState;
import dev.airproof.interpreter.data.FoldResult;
import dev.airproof.interpreter.data.FoldSubTraceLore;
import dev.airproof.interpreter.data.SubTraceDesc;
import dev.airproof.interpreter.data.ValueRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolution of an input Fold state: generation lookup, the per-generation length convolution and
 * the map from value position to windows ({@code merger/fold_merger/fold_lore_resolver.rs}).
 */
final class FoldLoreResolver {
  private static final long U32_MAX = 0xFFFF_FFFFL;

  private FoldLoreResolver() {}

  /** Immutable; the before/after windows of one iteration. */
  record Descs(SubTraceDesc before, SubTraceDesc after) {}

  /** Mutable; a resolved fold: lore by value position, and the total state count. */
  static final class Resolved {
    final Map<Long, Descs> lore;
    final long statesCount;

    Resolved(Map<Long, Descs> lore, long statesCount) {
      this.lore = lore;
      this.statesCount = statesCount;
    }

    static Resolved empty() {
      return new Resolved(new HashMap<>(), 0);
    }
  }

  static TraceResult<Resolved> resolve(FoldResult fold, TraceSlider slider) {
    int n = fold.lore().size();
    long[] before = new long[n];
    long[] after = new long[n];
    long count = 0;
    long lastGen = 0;
    int lastGenPos = 0;
    long cumAfter = 0;
    for (int i = 0; i < n; i++) {
      FoldSubTraceLore l = fold.lore().get(i);
      if (l.descs().size() != 2) {
        return TraceResult.err("fold contains " + l.descs().size()
            + " sublore descriptors, but 2 is expected");
      }
      TraceResult<Long> gen = generation(slider, l.valuePos());
      if (gen instanceof TraceResult.Err<Long> e) {
        return new TraceResult.Err<>(e.error());
      }
      long g = ((TraceResult.Ok<Long>) gen).value();
      if (g != lastGen) {
        if (i > 0) {
          convolve(before, after, lastGenPos, i - 1);
        }
        lastGen = g;
        lastGenPos = i;
        cumAfter = 0;
      }
      long b = l.descs().get(0).subtraceLen();
      long a = l.descs().get(1).subtraceLen();
      count = count + b + a;
      if (count > U32_MAX) {
        return TraceResult.err("the first " + i + " subtrace descriptors lens of fold "
            + fold + " overflows");
      }
      cumAfter += a;
      before[i] = b;
      after[i] = cumAfter;
    }
    if (n > 0) {
      convolve(before, after, lastGenPos, n - 1);
    }
    Map<Long, Descs> lore = new HashMap<>();
    for (int i = 0; i < n; i++) {
      FoldSubTraceLore l = fold.lore().get(i);
      Descs d = new Descs(
          new SubTraceDesc(l.descs().get(0).beginPos(), before[i] & U32_MAX),
          new SubTraceDesc(l.descs().get(1).beginPos(), after[i] & U32_MAX));
      if (lore.put(l.valuePos(), d) != null) {
        return TraceResult.err(fold + " contains several subtraces with the same value_pos "
            + l.valuePos());
      }
    }
    return TraceResult.ok(new Resolved(lore, count));
  }

  private static void convolve(long[] before, long[] after, int begin, int end) {
    long cum = 0;
    long afterLen = after[end];
    for (int i = end; i >= begin; i--) {
      cum += before[i];
      before[i] = cum + afterLen;
    }
  }

  private static TraceResult<Long> generation(TraceSlider slider, long pos) {
    Optional<ExecutedState> s = slider.stateAt(pos);
    if (s.isEmpty()) {
      return TraceResult.err("requested an element at position '" + pos
          + "', but executed trace contains only '" + slider.traceLen() + "' elements");
    }
    if (s.get() instanceof CallResult.Executed e && e.value() instanceof ValueRef.Stream st) {
      return TraceResult.ok(st.generation());
    }
    if (s.get() instanceof ApResult ap && !ap.generations().isEmpty()) {
      return TraceResult.ok(ap.generations().get(0));
    }
    return TraceResult.err("expected a state of CallResult(Value::Stream) or Ap types but '"
        + StateDebug.of(s.get()) + "' obtained");
  }
}
