package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code (canon peer %map scalar)}: a stream map frozen into one object with the first value of
 * every key ({@code canon_stream_map_scalar.rs}).
 */
final class CanonMapScalarExecutor {
  private CanonMapScalarExecutor() {}

  static Optional<ExecError> execute(CanonMapScalar c, ExecutionContext ctx) {
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
