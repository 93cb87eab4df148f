package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.ApResult;
import dev.airproof.interpreter.semantics.trace.MetAp;
import dev.airproof.interpreter.semantics.trace.TraceResult;
import java.util.List;
import java.util.Optional;

/** {@code (ap argument destination)} ({@code instructions/ap.rs}). */
final class ApExecutor {
  private ApExecutor() {}

  /**
   * The tetraplet of the applied value: a whole canon stream carries the canon's own tetraplet
   * ({@code ap/apply_to_arguments.rs}, {@code apply_canon_stream}), even when it is empty; any other
   * value its first tetraplet.
   */
  static dev.airproof.interpreter.data.SecurityTetraplet tetrapletOf(
      dev.airproof.interpreter.ast.Value argument, Resolved v, ExecutionContext ctx) {
    if (argument instanceof dev.airproof.interpreter.ast.CanonStreamRef c && c.lens().isEmpty()) {
      dev.airproof.interpreter.data.SecurityTetraplet[] t = {null};
      Resolver.lookupCanon(c.name(), Resolver.canonText(c), ctx, canon -> t[0] = canon.tetraplet());
      if (t[0] != null) {
        return t[0];
      }
    }
    return v.first();
  }

  static Optional<ExecError> execute(Ap ap, ExecutionContext ctx) {
    boolean toStream = ap.destination() instanceof StreamName;
    Resolver.Result r = Resolver.resolve(ap.argument(), ctx);
    if (r instanceof Resolver.Result.Err e) {
      return Executor.joinOrFail(e.error(), ctx);
    }
    Resolved v = ((Resolver.Result.Ok) r).value();
    long pos = ctx.trace.tracePos();
    ValueAggregate agg = ValueAggregate.of(v.value(), tetrapletOf(ap.argument(), v, ctx), v.provenance(), pos);
    switch (ap.destination()) {
      case ScalarName s -> {
        return ctx.scalars.set(s.name(), agg) ? ExecError.OK : CallExecutor.shadowing(s.name());
      }
      case StreamName s -> {
        TraceResult<Optional<MetAp>> m = ctx.trace.meetApStart();
        if (m instanceof TraceResult.Err<Optional<MetAp>> e) {
          return Executor.traceError(e.error(), ap);
        }
        Optional<MetAp> met = ((TraceResult.Ok<Optional<MetAp>>) m).value();
        Optional<ExecError> add = met.isPresent()
            ? CallReplay.addReplayed(ctx, s, agg, met.get().source(), met.get().generation())
            : (ctx.streams.getOrCreate(s.name(), s.span().offset()).addNew(agg) ? ExecError.OK
                : CallExecutor.streamLimit());
        if (add.isPresent()) {
          return add;
        }
        ctx.trace.meetApEnd(new ApResult(List.of(0L)));
        return ExecError.OK;
      }
    }
  }
}
