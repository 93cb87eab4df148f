package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.semantics.trace.TraceError;
import java.util.List;
import java.util.Optional;

/**
 * What the fold executors share: one iteration scope ({@link #iterate}) and the generation loop of
 * folds over streams and stream maps ({@link #overStream}) ({@code fold/utils.rs},
 * {@code fold_stream/stream_execute_helpers.rs}).
 */
final class FoldIterations {
  private FoldIterations() {}

  static Optional<ExecError> iterate(FoldState state, String iterator, ExecutionContext ctx) {
    ctx.scalars.foldStart();
    ctx.canons.foldStart();
    if (ctx.iterables.containsKey(iterator)) {
      ctx.scalars.foldEnd();
      ctx.canons.foldEnd();
      return ExecError.uncatchable(20005, "multiple iterable values found for iterable name '"
          + iterator + "'");
    }
    ctx.iterables.put(iterator, state);
    Optional<ExecError> r = Executor.execute(state.body, ctx);
    ctx.iterables.remove(iterator);
    ctx.scalars.foldEnd();
    ctx.canons.foldEnd();
    return r;
  }
  static Optional<ExecError> overStream(Instruction f, Optional<Stream> s,
      ScalarName iterator, Instruction body, Optional<Instruction> last, ExecutionContext ctx) {
    if (s.isEmpty()) {
      ctx.complete = false;
      return ExecError.OK;
    }
    Stream stream = s.get();
    long foldId = ctx.foldStreamCounter++;
    Optional<TraceError> te = ctx.trace.meetFoldStart(foldId);
    if (te.isPresent()) {
      return Executor.traceError(te.get(), f);
    }
    Stream.Cursor cursor = new Stream.Cursor(0, 0, 0);
    List<List<ValueAggregate>> slices = stream.slicesFrom(cursor);
    cursor = stream.cursor();
    if (!slices.isEmpty()) {
      stream.addNewEmptyGeneration();
    }
    boolean anyComplete = false;
    while (!slices.isEmpty()) {
      for (List<ValueAggregate> gen : slices) {
        Optional<TraceError> is = ctx.trace.meetIterationStart(foldId, gen.get(0).tracePos());
        if (is.isPresent()) {
          return Executor.traceError(is.get(), f);
        }
        Optional<ExecError> r = iterate(new FoldState(gen, Optional.of(foldId), body, last),
            iterator.name(), ctx);
        if (r.isPresent() && r.get() instanceof ExecError.Uncatchable) {
          return r;
        }
        ctx.trace.meetGenerationEnd(foldId);
        anyComplete |= ctx.complete;
      }
      slices = stream.slicesFrom(cursor);
      stream.removeLastGenerationIfEmpty();
      cursor = stream.cursor();
      stream.addNewEmptyGeneration();
    }
    ctx.complete = anyComplete;
    Optional<TraceError> end = ctx.trace.meetFoldEnd(foldId);
    return end.isPresent() ? Executor.traceError(end.get(), f) : ExecError.OK;
  }
}
