package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import java.util.Optional;

/**
 * Resolution of AIR values to JSON with tetraplets and provenance ({@code resolver/resolvable_impl.rs},
 * {@code lambda_applier}, {@code value_types/jvaluable}).
 */
final class Resolver {
  private Resolver() {}

  /** Immutable; a resolution: the value or an error. */
  sealed interface Result permits Result.Ok, Result.Err {
    record Ok(Resolved value) implements Result {}

    record Err(ExecError error) implements Result {}
  }

  static Result resolve(Value v, ExecutionContext ctx) {
    return switch (v) {
      case InitPeerId x -> literal(JValues.text(ctx.params.initPeerId()), ctx);
      case Timestamp x -> literal(JValues.integer(ctx.params.timestamp()), ctx);
      case Ttl x -> literal(JValues.integer(ctx.params.ttl()), ctx);
      case EmptyArray x -> literal(JValues.NODES.arrayNode(), ctx);
      case StringLiteral x -> literal(JValues.text(x.value()), ctx);
      case IntLiteral x -> literal(JValues.integer(x.value()), ctx);
      case FloatLiteral x -> literal(JValues.decimal(x.value()), ctx);
      case BoolLiteral x -> literal(JValues.NODES.booleanNode(x.value()), ctx);
      case LastError x -> errorValue(ctx.errors.lastError(), x.lens(), ctx);
      case ErrorValue x -> errorValue(ctx.errors.error(), x.lens(), ctx);
      case ScalarRef x -> scalar(x, ctx);
      case CanonStreamRef x -> canon(x, ctx);
      case CanonStreamMapRef x -> MapLenses.resolve(x, ctx);
    };
  }

  static Result literal(JsonNode value, ExecutionContext ctx) {
    return new Result.Ok(new Resolved(value, ctx.literalTetraplets(), Provenance.LITERAL));
  }

  private static Result errorValue(InstructionError e, Optional<Lens> lens, ExecutionContext ctx) {
    SecurityTetraplet t = e.tetraplet().orElse(SecurityTetraplet.literal(ctx.params.initPeerId()));
    if (lens.isEmpty()) {
      return new Result.Ok(new Resolved(e.error(), List.of(t), e.provenance()));
    }
    Lenses.Selected s = Lenses.applyScalar(e.error(), lens.get(), ctx);
    return switch (s) {
      case Lenses.Selected.Ok ok -> new Result.Ok(new Resolved(ok.value(), List.of(t), e.provenance()));
      case Lenses.Selected.Err err -> new Result.Err(err.error());
    };
  }

  /** The current value of a scalar or an iterator. */
  static Optional<ExecError> lookupScalar(String name, ExecutionContext ctx,
      java.util.function.Consumer<ValueAggregate> found) {
    ValueAggregate v = scalarValue(name, ctx);
    if (v == null) {
      return Optional.of(lookupError(name, ctx));
    }
    found.accept(v);
    return ExecError.OK;
  }

  /** Why {@link #scalarValue} found nothing: unset after {@code new}, or no such variable. */
  private static ExecError lookupError(String name, ExecutionContext ctx) {
    return ctx.scalars.get(name) instanceof SparseMatrix.Get.Unset<ValueAggregate>
        ? ExecError.notInitializedAfterNew(name) : ExecError.variableNotFound(name);
  }

  /**
   * The current value of a scalar (its innermost visible scope) or else of the iterator of that
   * name; null when there is none ({@link #lookupError} says why).
   */
  static ValueAggregate scalarValue(String name, ExecutionContext ctx) {
    return switch (ctx.scalars.get(name)) {
      case SparseMatrix.Get.Value<ValueAggregate> v -> v.value();
      case SparseMatrix.Get.Unset<ValueAggregate> u -> null;
      case SparseMatrix.Get.NotFound<ValueAggregate> n -> {
        FoldState it = ctx.iterables.get(name);
        yield it == null ? null : it.peek();
      }
    };
  }

  private static Result scalar(ScalarRef x, ExecutionContext ctx) {
    ValueAggregate v = scalarValue(x.name(), ctx);
    if (v == null) {
      return new Result.Err(lookupError(x.name(), ctx));
    }
    if (x.lens().isEmpty()) {
      return new Result.Ok(new Resolved(v.value(), List.of(v.tetraplet()), v.provenance()));
    }
    Lens lens = x.lens().get();
    Lenses.Selected s = Lenses.applyScalar(v.value(), lens, ctx);
    return switch (s) {
      case Lenses.Selected.Ok ok -> new Result.Ok(new Resolved(ok.value(),
          List.of(withLens(v.tetraplet(), lens)), v.provenance()));
      case Lenses.Selected.Err err -> new Result.Err(err.error());
    };
  }

  /** Tetraplet after a lens: the path text is appended; a functor gives ("","","",".length"). */
  static SecurityTetraplet withLens(SecurityTetraplet t, Lens lens) {
    return switch (lens) {
      case LengthFunctor f -> new SecurityTetraplet("", "", "", ".length");
      case ValuePath p -> new SecurityTetraplet(t.peerPk(), t.serviceId(), t.functionName(),
          t.lens() + InstructionText.lens(p));
    };
  }

  /** The canon stream {@code name}; error messages name it as written ({@code display}). */
  static Optional<ExecError> lookupCanon(String name, String display, ExecutionContext ctx,
      java.util.function.Consumer<CanonStream> found) {
    return switch (ctx.canons.get(name)) {
      case SparseMatrix.Get.Value<CanonStream> v -> {
        found.accept(v.value());
        yield ExecError.OK;
      }
      case SparseMatrix.Get.Unset<CanonStream> u ->
          Optional.of(ExecError.notInitializedAfterNew(display));
      case SparseMatrix.Get.NotFound<CanonStream> n -> Optional.of(ExecError.variableNotFound(display));
    };
  }

  /** A canon stream reference as written: {@code #name} or {@code #$name}. */
  static String canonText(CanonStreamRef x) {
    return (x.legacySigil() ? "#" : "#$") + x.name();
  }

  private static Result canon(CanonStreamRef x, ExecutionContext ctx) {
    CanonStream[] box = new CanonStream[1];
    Optional<ExecError> e = lookupCanon(x.name(), canonText(x), ctx, v -> box[0] = v);
    if (e.isPresent()) {
      return new Result.Err(e.get());
    }
    CanonStream c = box[0];
    Provenance prov = new Provenance.Canon(c.cid());
    if (x.lens().isEmpty()) {
      return new Result.Ok(new Resolved(c.asJson(),
          c.values().stream().map(ValueAggregate::tetraplet).toList(), prov));
    }
    return switch (x.lens().get()) {
      case LengthFunctor f -> new Result.Ok(new Resolved(JValues.integer(c.values().size()),
          List.of(new SecurityTetraplet(ctx.currentPeer(), ".length", "", "")), prov));
      case ValuePath p -> Lenses.applyCanon(c, p, ctx);
    };
  }
}
