package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import dev.airproof.interpreter.semantics.trace.TraceError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code fold} over scalars/canon streams and over streams, and {@code next}
 * ({@code fold_scalar.rs}, {@code fold_stream.rs}, {@code next.rs}, {@code recursive_stream.rs}).
 */
final class FoldExecutor {
  private FoldExecutor() {}

  static Optional<ExecError> scalar(FoldScalar f, ExecutionContext ctx) {
    Value it = f.iterable();
    if (it instanceof EmptyArray) {
      return ExecError.OK;
    }
    List<ValueAggregate> items = new ArrayList<>();
    Optional<ExecError> e = items(it, ctx, items);
    if (e.isPresent()) {
      return Executor.joinOrFail(e.get(), ctx);
    }
    if (items.isEmpty()) {
      return ExecError.OK;
    }
    return fold(new FoldState(items, Optional.empty(), f.body(), f.last()), f.iterator().name(), ctx);
  }

  private static Optional<ExecError> items(Value it, ExecutionContext ctx, List<ValueAggregate> out) {
    if (it instanceof CanonStreamMapRef m) {
      return MapLenses.foldItems(m, ctx, out);
    }
    if (it instanceof CanonStreamRef c && c.lens().isEmpty()) {
      CanonStream[] box = new CanonStream[1];
      Optional<ExecError> e = Resolver.lookupCanon(c.name(), Resolver.canonText(c), ctx,
          v -> box[0] = v);
      if (e.isEmpty()) {
        out.addAll(box[0].values());
      }
      return e;
    }
    ScalarRef s = (ScalarRef) it;
    ValueAggregate[] box = new ValueAggregate[1];
    Optional<ExecError> e = Resolver.lookupScalar(s.name(), ctx, v -> box[0] = v);
    if (e.isPresent()) {
      return e;
    }
    ValueAggregate base = box[0];
    JsonNode value = base.value();
    SecurityTetraplet t = base.tetraplet();
    long pos = base.tracePos();
    String expr = s.name();
    if (s.lens().isPresent()) {
      Lenses.Selected sel = Lenses.applyScalar(value, s.lens().get(), ctx);
      if (sel instanceof Lenses.Selected.Err err) {
        return Optional.of(err.error());
      }
      value = ((Lenses.Selected.Ok) sel).value();
      t = Resolver.withLens(t, s.lens().get());
      pos = 0;
      expr = InstructionText.lens(s.lens().get());
    }
    if (!value.isArray()) {
      return ExecError.catchable(10005, "expression '" + expr + "' returned non-array value '"
          + JValues.compact(value) + "' for fold iterable");
    }
    for (int i = 0; i < value.size(); i++) {
      SecurityTetraplet ti = new SecurityTetraplet(t.peerPk(), t.serviceId(), t.functionName(),
          t.lens() + ".$.[" + i + "]");
      out.add(new ValueAggregate(value.get(i), ti, base.provenance(), pos));
    }
    return ExecError.OK;
  }

  private static Optional<ExecError> fold(FoldState state, String iterator, ExecutionContext ctx) {
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

  static Optional<ExecError> streamMap(FoldStreamMap f, ExecutionContext ctx) {
    StreamMapName name = f.iterable();
    return overStream(f, ctx.streamMaps.get(name.name(), name.span().offset()), f.iterator(),
        f.body(), f.last(), ctx);
  }

  static Optional<ExecError> stream(FoldStream f, ExecutionContext ctx) {
    StreamName name = f.iterable();
    return overStream(f, ctx.streams.get(name.name(), name.span().offset()), f.iterator(),
        f.body(), f.last(), ctx);
  }

  private static Optional<ExecError> overStream(Instruction f, Optional<Stream> s,
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
        Optional<ExecError> r = fold(new FoldState(gen, Optional.of(foldId), body, last),
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

  static Optional<ExecError> next(Next n, ExecutionContext ctx) {
    String name = n.iterator().name();
    FoldState st = ctx.iterables.get(name);
    if (st == null) {
      return ExecError.uncatchable(20003, "fold state not found for this iterable '" + name + "'");
    }
    if (st.streamFoldId.isPresent()) {
      ctx.trace.meetIterationEnd(st.streamFoldId.get());
    }
    if (!st.next()) {
      Optional<ExecError> b = back(st, n, ctx);
      if (b.isPresent()) {
        return b;
      }
      if (st.last.isPresent()) {
        ctx.complete = true;
        return Executor.execute(st.last.get(), ctx);
      }
      if (!st.backIterationStarted && st.streamFoldId.isPresent()) {
        st.backIterationStarted = true;
        ctx.complete = false;
      }
      return ExecError.OK;
    }
    if (st.streamFoldId.isPresent()) {
      Optional<TraceError> is = ctx.trace.meetIterationStart(st.streamFoldId.get(),
          st.peek().tracePos());
      if (is.isPresent()) {
        return Executor.traceError(is.get(), n);
      }
    }
    ctx.scalars.nextBefore();
    ctx.canons.nextBefore();
    Optional<ExecError> r = Executor.execute(st.body, ctx);
    ctx.scalars.nextAfter();
    ctx.canons.nextAfter();
    if (r.isPresent()) {
      return r;
    }
    st.prev();
    return back(st, n, ctx);
  }

  private static Optional<ExecError> back(FoldState st, Next n, ExecutionContext ctx) {
    if (st.streamFoldId.isPresent()) {
      Optional<TraceError> e = ctx.trace.meetBackIterator(st.streamFoldId.get());
      if (e.isPresent()) {
        return Executor.traceError(e.get(), n);
      }
    }
    return ExecError.OK;
  }
}
