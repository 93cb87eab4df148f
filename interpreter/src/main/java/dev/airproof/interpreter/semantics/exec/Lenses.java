package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import java.util.Optional;

/** Lens application ({@code lambda_applier/applier.rs}) with AquaVM's error messages (10007, 10010). */
final class Lenses {
  private Lenses() {}

  /** Immutable; a lens selection. */
  sealed interface Selected permits Selected.Ok, Selected.Err {
    record Ok(JsonNode value) implements Selected {}

    record Err(ExecError error) implements Selected {}
  }

  static Selected applyScalar(JsonNode value, Lens lens, ExecutionContext ctx) {
    return switch (lens) {
      case LengthFunctor f -> value.isArray() ? new Selected.Ok(JValues.integer(value.size()))
          : new Selected.Err(new ExecError.Catchable(10010, "the length functor could applied only to"
              + " an array-like value, but it's applied to '" + JValues.compact(value) + "'", false, false));
      case ValuePath p -> path(value, p.accessors(), ctx);
    };
  }

  static Selected path(JsonNode value, List<Accessor> accessors, ExecutionContext ctx) {
    JsonNode v = value;
    for (Accessor a : accessors) {
      Selected step = switch (a) {
        case IndexAccessor i -> index(v, i.index());
        case FieldAccessor f -> field(v, f.field());
        case ScalarAccessor s -> byScalar(v, s.scalar(), ctx);
      };
      if (step instanceof Selected.Err) {
        return step;
      }
      v = ((Selected.Ok) step).value();
    }
    return new Selected.Ok(v);
  }

  private static Selected index(JsonNode v, long idx) {
    if (!v.isArray()) {
      return err("value '" + JValues.compact(v) + "' is not an array-type to match array accessor"
          + " with idx = '" + idx + "'");
    }
    if (idx >= v.size()) {
      return err("value '" + JValues.compact(v) + "' does not contain element for idx = '" + idx + "'");
    }
    return new Selected.Ok(v.get((int) idx));
  }

  private static Selected field(JsonNode v, String name) {
    if (!v.isObject()) {
      return err("value '" + JValues.compact(v) + "' is not an map-type to match field accessor with"
          + " field_name = '" + name + "'");
    }
    if (!v.has(name)) {
      return err("value '" + JValues.compact(v) + "' does not contain element with field name = '"
          + name + "'");
    }
    return new Selected.Ok(v.get(name));
  }

  private static Selected byScalar(JsonNode v, String scalar, ExecutionContext ctx) {
    ValueAggregate[] box = new ValueAggregate[1];
    Optional<ExecError> e = Resolver.lookupScalar(scalar, ctx, x -> box[0] = x);
    if (e.isPresent()) {
      return new Selected.Err(e.get());
    }
    JsonNode key = box[0].value();
    if (key.isIntegralNumber() && key.canConvertToLong() && key.longValue() >= 0
        && key.longValue() <= 0xFFFF_FFFFL) {
      return index(v, key.longValue());
    }
    if (key.isTextual()) {
      return field(v, key.textValue());
    }
    if (key.isNumber()) {
      return err("index accessor `" + JValues.compact(key) + " can't be converted to u32`");
    }
    return err("scalar accessor `" + JValues.compact(key) + "` should has number or string type");
  }

  /** {@code #c.$.[i]...}: the i-th element, its own tetraplet, then the rest of the path. */
  static Resolver.Result applyCanon(CanonStream c, ValuePath p, ExecutionContext ctx) {
    Accessor first = p.accessors().get(0);
    long idx;
    switch (first) {
      case IndexAccessor i -> idx = i.index();
      case FieldAccessor f -> {
        return new Resolver.Result.Err(ExecError.lambda("field accessor (with field name = '"
            + f.field() + "') can't be applied to a stream"));
      }
      case ScalarAccessor s -> {
        ValueAggregate[] box = new ValueAggregate[1];
        Optional<ExecError> e = Resolver.lookupScalar(s.scalar(), ctx, x -> box[0] = x);
        if (e.isPresent()) {
          return new Resolver.Result.Err(e.get());
        }
        JsonNode key = box[0].value();
        if (!(key.isIntegralNumber() && key.canConvertToLong() && key.longValue() >= 0
            && key.longValue() <= 0xFFFF_FFFFL)) {
          return new Resolver.Result.Err(ExecError.lambda("stream accessor `" + JValues.compact(key)
              + "` should has number (u32) type"));
        }
        idx = key.longValue();
      }
    }
    if (idx >= c.values().size()) {
      return new Resolver.Result.Err(ExecError.lambda("lambda is applied to a stream that have only '"
          + c.values().size() + "' elements, but '" + idx + "' requested"));
    }
    ValueAggregate el = c.values().get((int) idx);
    Selected s = path(el.value(), p.accessors().subList(1, p.accessors().size()), ctx);
    return switch (s) {
      case Selected.Ok ok -> new Resolver.Result.Ok(
          new Resolved(ok.value(), List.of(el.tetraplet()), el.provenance()));
      case Selected.Err er -> new Resolver.Result.Err(er.error());
    };
  }

  private static Selected err(String m) {
    return new Selected.Err(ExecError.lambda(m));
  }
}
