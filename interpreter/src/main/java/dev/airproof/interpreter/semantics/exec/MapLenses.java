package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading canon stream maps: {@code #%m}, {@code #%m.length}, {@code #%m.$.key...}, and their fold
 * iterables ({@code lambda_applier/applier.rs}, {@code jvaluable/canon_stream_map.rs},
 * {@code fold/utils.rs}).
 */
final class MapLenses {
  private MapLenses() {}

  private static Optional<ExecError> lookup(String name, ExecutionContext ctx, CanonMapValue[] box) {
    return switch (ctx.canonMaps.get(name)) {
      case SparseMatrix.Get.Value<CanonMapValue> v -> {
        box[0] = v.value();
        yield ExecError.OK;
      }
      case SparseMatrix.Get.Unset<CanonMapValue> u ->
          Optional.of(ExecError.notInitializedAfterNew("#%" + name));
      case SparseMatrix.Get.NotFound<CanonMapValue> n ->
          Optional.of(ExecError.variableNotFound("#%" + name));
    };
  }

  static Resolver.Result resolve(CanonStreamMapRef x, ExecutionContext ctx) {
    CanonMapValue[] box = new CanonMapValue[1];
    Optional<ExecError> e = lookup(x.name(), ctx, box);
    if (e.isPresent()) {
      return new Resolver.Result.Err(e.get());
    }
    CanonMapValue m = box[0];
    Provenance prov = new Provenance.Canon(m.cid());
    if (x.lens().isEmpty()) {
      return new Resolver.Result.Ok(new Resolved(m.asJson(),
          m.pairs().stream().map(ValueAggregate::tetraplet).toList(), prov));
    }
    return switch (x.lens().get()) {
      case LengthFunctor f -> new Resolver.Result.Ok(new Resolved(JValues.integer(m.pairs().size()),
          List.of(new SecurityTetraplet(ctx.currentPeer(), "", "", "length")), prov));
      case ValuePath p -> path(m, p, ctx, prov);
    };
  }

  private static Resolver.Result path(CanonMapValue m, ValuePath p, ExecutionContext ctx, Provenance prov) {
    Accessor first = p.accessors().get(0);
    Optional<CanonMapValue.MapKey> key;
    switch (first) {
      case IndexAccessor i -> key = Optional.of(new CanonMapValue.MapKey(false, Long.toString(i.index())));
      case FieldAccessor f -> key = Optional.of(new CanonMapValue.MapKey(true, f.field()));
      case ScalarAccessor s -> {
        ValueAggregate[] box = new ValueAggregate[1];
        Optional<ExecError> e = Resolver.lookupScalar(s.scalar(), ctx, v -> box[0] = v);
        if (e.isPresent()) {
          return new Resolver.Result.Err(e.get());
        }
        key = CanonMapValue.MapKey.of(box[0].value());
        if (key.isEmpty()) {
          return new Resolver.Result.Err(ExecError.lambda("canon stream map accessor `"
              + JValues.compact(box[0].value()) + "` should be either string or number"));
        }
      }
    }
    List<ValueAggregate> stream = m.byKey().get(key.get());
    List<Accessor> body = p.accessors().subList(1, p.accessors().size());
    SecurityTetraplet mapT = new SecurityTetraplet(m.tetraplet().peerPk(), m.tetraplet().serviceId(),
        m.tetraplet().functionName(), InstructionText.lens(p));
    if (stream == null || body.isEmpty()) {
      ArrayNode a = JValues.NODES.arrayNode();
      if (stream != null) {
        stream.forEach(v -> a.add(v.value()));
      }
      return new Resolver.Result.Ok(new Resolved(a, List.of(mapT), prov));
    }
    CanonStream cs = new CanonStream(stream, m.tetraplet(), m.cid());
    Resolver.Result r = Lenses.applyCanon(cs, new ValuePath(body, false, p.span()), ctx);
    if (r instanceof Resolver.Result.Err || body.size() == 1) {
      return r instanceof Resolver.Result.Ok ok
          ? new Resolver.Result.Ok(new Resolved(ok.value().value(), ok.value().tetraplets(), prov)) : r;
    }
    Resolved ok = ((Resolver.Result.Ok) r).value();
    SecurityTetraplet t = ok.first();
    String suffix = "." + body.subList(1, body.size()).stream().map(MapLenses::accessor)
        .collect(Collectors.joining("."));
    return new Resolver.Result.Ok(new Resolved(ok.value(), List.of(new SecurityTetraplet(t.peerPk(),
        t.serviceId(), t.functionName(), t.lens() + suffix)), prov));
  }

  private static String accessor(Accessor a) {
    return switch (a) {
      case FieldAccessor f -> f.field();
      case IndexAccessor i -> "[" + i.index() + "]";
      case ScalarAccessor s -> "[" + s.scalar() + "]";
    };
  }

  /** Items of {@code (fold #%m i ...)} (every pair, duplicates included) or {@code #%m.$.key}. */
  static Optional<ExecError> foldItems(CanonStreamMapRef x, ExecutionContext ctx,
      List<ValueAggregate> out) {
    CanonMapValue[] box = new CanonMapValue[1];
    Optional<ExecError> e = lookup(x.name(), ctx, box);
    if (e.isPresent()) {
      return e;
    }
    CanonMapValue m = box[0];
    if (m.byKey().isEmpty()) {
      return ExecError.OK;
    }
    if (x.lens().isEmpty()) {
      out.addAll(m.pairs());
      return ExecError.OK;
    }
    Resolver.Result r = resolve(x, ctx);
    if (r instanceof Resolver.Result.Err err) {
      return Optional.of(err.error());
    }
    JsonNode value = ((Resolver.Result.Ok) r).value().value();
    Lens lens = x.lens().get();
    if (!value.isArray()) {
      return ExecError.catchable(10005, "expression '" + InstructionText.lens(lens)
          + "' returned non-array value '" + JValues.compact(value) + "' for fold iterable");
    }
    SecurityTetraplet t = Resolver.withLens(m.tetraplet(), lens);
    for (int i = 0; i < value.size(); i++) {
      out.add(new ValueAggregate(value.get(i), new SecurityTetraplet(t.peerPk(), t.serviceId(),
          t.functionName(), t.lens() + ".$.[" + i + "]"), new Provenance.Canon(m.cid()), 0));
    }
    return ExecError.OK;
  }
}
