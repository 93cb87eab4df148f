package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.ApResult;
import dev.airproof.interpreter.data.jvalue.JValues;
import dev.airproof.interpreter.semantics.trace.MetAp;
import dev.airproof.interpreter.semantics.trace.TraceResult;
import java.util.List;
import java.util.Optional;

/**
 * {@code (ap (key value) %map)}: a key-value pair into a stream map ({@code ap_map.rs}).
 */
final class ApMapExecutor {
  private ApMapExecutor() {}

  static Optional<ExecError> execute(ApMap ap, ExecutionContext ctx) {
    Resolver.Result r = Resolver.resolve(ap.value(), ctx);
    if (r instanceof Resolver.Result.Err e) {
      return Executor.joinOrFail(e.error(), ctx);
    }
    Resolved v = ((Resolver.Result.Ok) r).value();
    long pos = ctx.trace.tracePos();
    TraceResult<Optional<MetAp>> m = ctx.trace.meetApStart();
    if (m instanceof TraceResult.Err<Optional<MetAp>> e) {
      return Executor.traceError(e.error(), ap);
    }
    Optional<MetAp> met = ((TraceResult.Ok<Optional<MetAp>>) m).value();
    Optional<CanonMapValue.MapKey> key = Optional.empty();
    if (ap.key() instanceof IntLiteral i) {
      key = Optional.of(new CanonMapValue.MapKey(false, Long.toString(i.value())));
    } else {
      Resolver.Result k = Resolver.resolve(ap.key(), ctx);
      if (k instanceof Resolver.Result.Err e) {
        return Executor.joinOrFail(e.error(), ctx);
      }
      key = CanonMapValue.MapKey.of(((Resolver.Result.Ok) k).value().value());
    }
    if (key.isEmpty()) {
      return ExecError.catchable(10012, "unsupported type for " + ap.map().text() + " map's key");
    }
    ObjectNode pair = JValues.NODES.objectNode();
    pair.set("key", key.get().json());
    pair.set("value", v.value());
    ValueAggregate agg = ValueAggregate.of(pair, ApExecutor.tetrapletOf(ap.value(), v, ctx),
        v.provenance(), pos);
    Stream s = ctx.streamMaps.getOrCreate(ap.map().name(), ap.map().span().offset());
    boolean ok = met.isPresent()
        ? met.get().source() == dev.airproof.interpreter.semantics.trace.ValueSource.PREVIOUS_DATA
            ? s.addPrevious(agg, met.get().generation()) : s.addCurrent(agg, met.get().generation())
        : s.addNew(agg);
    if (!ok) {
      return CallExecutor.streamLimit();
    }
    ctx.trace.meetApEnd(new ApResult(List.of(0L)));
    return ExecError.OK;
  }
}
