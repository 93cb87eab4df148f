package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.semantics.trace.TraceError;
import java.util.Optional;

/**
 * {@code (next i)}: the next iteration of the enclosing fold, then back to this one; the fold's
 * {@code last} instruction after the final element ({@code next.rs}).
 */
final class NextExecutor {
  private NextExecutor() {}

  static Optional<ExecError> execute(Next n, ExecutionContext ctx) {
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
