package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.ApResult;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import dev.airproof.interpreter.semantics.trace.MetAp;
import dev.airproof.interpreter.semantics.trace.TraceResult;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stream maps: {@code (ap (key value) %map)}, {@code (canon peer %map #%canon)} and
 * {@code (canon peer %map scalar)} ({@code ap_map.rs}, {@code canon_map.rs},
 * {@code canon_stream_map_scalar.rs}).
 */
final class MapExecutor {
  private MapExecutor() {}

  static Optional<ExecError> apMap(ApMap ap, ExecutionContext ctx) {
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

  static Optional<ExecError> canonMap(dev.airproof.interpreter.ast.CanonMap c, ExecutionContext ctx) {
    StreamMapName m = c.map();
    return CanonExecutor.run(c, c.peer(), () -> ctx.streamMaps.get(m.name(), m.span().offset())
        .map(Stream::values).orElse(List.of()), (canon, cx) -> {
          Optional<CanonMapValue> map = CanonMapValue.of(canon.values(), canon.tetraplet(), canon.cid());
          if (map.isEmpty()) {
            return ExecError.uncatchable(20014, "unsupported kvpair object or map key type");
          }
          if (!cx.canonMaps.set(c.canonMap().name(), map.get())) {
            return CallExecutor.shadowing(c.canonMap().text());
          }
          return ExecError.OK;
        }, ctx);
  }

  static Optional<ExecError> canonScalar(CanonMapScalar c, ExecutionContext ctx) {
    StreamMapName m = c.map();
    return CanonExecutor.run(c, c.peer(), () -> List.of(uniqueKeyObject(ctx.streamMaps.get(m.name(),
        m.span().offset()).map(Stream::values).orElse(List.of()), ctx, c)), (canon, cx) -> {
          if (canon.values().isEmpty()) {
            return ExecError.uncatchable(20016, "can not find JValue to produce scalar from");
          }
          JsonNode value = canon.values().get(0).value();
          SecurityTetraplet t = new SecurityTetraplet(canon.tetraplet().peerPk(), "", "",
              canon.tetraplet().lens());
          ValueAggregate agg = new ValueAggregate(value, t, new Provenance.Canon(canon.cid()),
              cx.trace.tracePos());
          return cx.scalars.set(c.scalar().name(), agg) ? ExecError.OK
              : CallExecutor.shadowing(c.scalar().name());
        }, ctx);
  }

  private static ValueAggregate uniqueKeyObject(List<ValueAggregate> pairs, ExecutionContext ctx,
      CanonMapScalar c) {
    TreeMap<String, JsonNode> first = new TreeMap<>(JValues::compareCodePoints);
    Set<String> met = new HashSet<>();
    for (ValueAggregate p : pairs) {
      JsonNode o = p.value();
      if (!o.isObject() || !o.has("key")) {
        continue;
      }
      Optional<CanonMapValue.MapKey> k = CanonMapValue.MapKey.of(o.get("key"));
      if (k.isEmpty() || !met.add(k.get().text()) || !o.has("value")) {
        continue;
      }
      first.put(k.get().text(), o.get("value"));
    }
    ObjectNode obj = JValues.NODES.objectNode();
    first.forEach(obj::set);
    return new ValueAggregate(obj, SecurityTetraplet.literal(peerOf(c, ctx)), Provenance.LITERAL, 0);
  }

  private static String peerOf(CanonMapScalar c, ExecutionContext ctx) {
    Resolver.Result r = Resolver.resolve(c.peer(), ctx);
    return r instanceof Resolver.Result.Ok ok && ok.value().value().isTextual()
        ? ok.value().value().textValue() : ctx.currentPeer();
  }
}
