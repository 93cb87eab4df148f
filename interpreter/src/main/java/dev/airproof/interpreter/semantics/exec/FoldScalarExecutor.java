package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code (fold iterable i body [last])} over a scalar array, a lens of one or a canon stream (map)
 * ({@code fold_scalar.rs}).
 */
final class FoldScalarExecutor {
  private FoldScalarExecutor() {}

  /** The lens of each of the first 8,192 elements ({@code .$.[i]}), made once: immutable. */
  private static final String[] ELEMENT_LENSES = new String[8192];

  static {
    for (int i = 0; i < ELEMENT_LENSES.length; i++) {
      ELEMENT_LENSES[i] = ".$.[" + i + "]";
    }
  }

  static Optional<ExecError> execute(FoldScalar f, ExecutionContext ctx) {
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
    return FoldIterations.iterate(new FoldState(items, Optional.empty(), f.body(), f.last()), f.iterator().name(), ctx);
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
      String suffix = i < ELEMENT_LENSES.length ? ELEMENT_LENSES[i] : ".$.[" + i + "]";
      SecurityTetraplet ti = new SecurityTetraplet(t.peerPk(), t.serviceId(), t.functionName(),
          t.lens().isEmpty() ? suffix : t.lens() + suffix);
      out.add(new ValueAggregate(value.get(i), ti, base.provenance(), pos));
    }
    return ExecError.OK;
  }
}
