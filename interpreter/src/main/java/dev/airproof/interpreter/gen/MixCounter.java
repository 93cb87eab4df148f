package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Accessor;
import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.ErrorValue;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailArgument;
import dev.airproof.interpreter.ast.FailError;
import dev.airproof.interpreter.ast.FailLastError;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.FieldAccessor;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.IndexAccessor;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LastError;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarAccessor;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import dev.airproof.interpreter.ast.Xor;
import dev.airproof.interpreter.gen.FeatureMix.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Optional;

/** Walks a tree and adds its forms to a {@link FeatureMix} count. Mutable; one walk only. */
final class MixCounter {
  private final EnumMap<Kind, Integer> counts;
  /** Instructions still to visit: an explicit stack, so that 1000-deep scripts need no deep calls. */
  private final Deque<Instruction> pending = new ArrayDeque<>();

  MixCounter(EnumMap<Kind, Integer> counts) {
    this.counts = counts;
  }

  private void add(Kind kind) {
    counts.merge(kind, 1, Integer::sum);
  }

  /** Adds the forms of {@code root} and everything below it. */
  void count(Instruction root) {
    pending.push(root);
    while (!pending.isEmpty()) {
      instruction(pending.pop());
    }
  }

  /** Adds the forms of {@code node} itself and schedules its children. */
  private void instruction(Instruction node) {
    switch (node) {
      case Call c -> call(c);
      case Ap a -> {
        add(a.destination() instanceof StreamName ? Kind.AP_STREAM : Kind.AP_SCALAR);
        value(a.argument());
      }
      case ApMap a -> {
        add(Kind.AP_MAP);
        value(a.key());
        value(a.value());
      }
      case Canon c -> {
        add(Kind.CANON);
        value(c.peer());
      }
      case CanonMap c -> {
        add(Kind.CANON_MAP);
        value(c.peer());
      }
      case CanonMapScalar c -> {
        add(Kind.CANON_MAP_SCALAR);
        value(c.peer());
      }
      case Seq s -> pair(Kind.SEQ, s.left(), s.right());
      case Par p -> pair(Kind.PAR, p.left(), p.right());
      case Xor x -> pair(Kind.XOR, x.left(), x.right());
      case Match m -> matchLike(Kind.MATCH, m.left(), m.right(), m.body());
      case Mismatch m -> matchLike(Kind.MISMATCH, m.left(), m.right(), m.body());
      case Fail f -> fail(f.argument());
      case FoldScalar f -> {
        add(scalarIterable(f.iterable()));
        value(f.iterable());
        fold(f.body(), f.last());
      }
      case FoldStream f -> {
        add(Kind.FOLD_OVER_STREAM);
        fold(f.body(), f.last());
      }
      case FoldStreamMap f -> {
        add(Kind.FOLD_OVER_STREAM_MAP);
        fold(f.body(), f.last());
      }
      case Next n -> add(Kind.NEXT);
      case New n -> {
        add(switch (n.name()) {
          case ScalarName s -> Kind.NEW_SCALAR;
          case StreamName s -> Kind.NEW_STREAM;
          case StreamMapName s -> Kind.NEW_STREAM_MAP;
          case CanonStreamName s -> Kind.NEW_CANON;
          case CanonStreamMapName s -> Kind.NEW_CANON_MAP;
        });
        pending.push(n.body());
      }
      case Never n -> add(Kind.NEVER);
      case Null n -> add(Kind.NULL);
    }
  }

  private void pair(Kind kind, Instruction left, Instruction right) {
    add(kind);
    pending.push(right);
    pending.push(left);
  }

  private void matchLike(Kind kind, Value left, Value right, Instruction body) {
    add(kind);
    value(left);
    value(right);
    pending.push(body);
  }

  private void fold(Instruction body, Optional<Instruction> last) {
    add(last.isPresent() ? Kind.FOLD_WITH_LAST : Kind.FOLD_WITHOUT_LAST);
    last.ifPresent(pending::push);
    pending.push(body);
  }

  private static Kind scalarIterable(Value iterable) {
    return switch (iterable) {
      case ScalarRef s -> s.lens().isPresent() ? Kind.FOLD_OVER_SCALAR_LENS : Kind.FOLD_OVER_SCALAR;
      case CanonStreamMapRef c ->
          c.lens().isPresent() ? Kind.FOLD_OVER_CANON_MAP_LENS : Kind.FOLD_OVER_CANON_MAP;
      case CanonStreamRef c -> Kind.FOLD_OVER_CANON;
      case EmptyArray e -> Kind.FOLD_OVER_EMPTY_ARRAY;
      case InitPeerId v -> Kind.FOLD_OVER_SCALAR;
      case Timestamp v -> Kind.FOLD_OVER_SCALAR;
      case Ttl v -> Kind.FOLD_OVER_SCALAR;
      case LastError v -> Kind.FOLD_OVER_SCALAR;
      case ErrorValue v -> Kind.FOLD_OVER_SCALAR;
      case StringLiteral v -> Kind.FOLD_OVER_SCALAR;
      case IntLiteral v -> Kind.FOLD_OVER_SCALAR;
      case FloatLiteral v -> Kind.FOLD_OVER_SCALAR;
      case BoolLiteral v -> Kind.FOLD_OVER_SCALAR;
    };
  }

  private void fail(FailArgument arg) {
    switch (arg) {
      case FailLiteral l -> add(Kind.FAIL_LITERAL);
      case FailLastError l -> add(Kind.FAIL_LAST_ERROR);
      case FailError e -> add(Kind.FAIL_ERROR);
      case FailValue v -> {
        if (v.value() instanceof ScalarRef s) {
          add(s.lens().isPresent() ? Kind.FAIL_SCALAR_LENS : Kind.FAIL_SCALAR);
        } else {
          add(Kind.FAIL_CANON_LENS);
        }
        value(v.value());
      }
    }
  }

  private void call(Call c) {
    add(Kind.CALL);
    add(peerKind(c.peer()));
    if (!(c.service() instanceof StringLiteral) || !(c.function() instanceof StringLiteral)) {
      add(Kind.CALL_SERVICE_COMPUTED);
    }
    add(c.output().map(o -> o instanceof StreamName ? Kind.CALL_OUTPUT_STREAM
        : Kind.CALL_OUTPUT_SCALAR).orElse(Kind.CALL_OUTPUT_NONE));
    if (c.args().isEmpty()) {
      add(Kind.CALL_NO_ARGS);
    }
    value(c.peer());
    value(c.service());
    value(c.function());
    c.args().forEach(this::value);
  }

  private static Kind peerKind(Value peer) {
    if (peer instanceof InitPeerId) {
      return Kind.CALL_PEER_INIT;
    }
    if (peer instanceof StringLiteral) {
      return Kind.CALL_PEER_LITERAL;
    }
    return peer instanceof ScalarRef s && s.lens().isEmpty()
        ? Kind.CALL_PEER_SCALAR : Kind.CALL_PEER_LENS;
  }

  private void value(Value v) {
    switch (v) {
      case InitPeerId x -> add(Kind.VALUE_INIT_PEER_ID);
      case Timestamp x -> add(Kind.VALUE_TIMESTAMP);
      case Ttl x -> add(Kind.VALUE_TTL);
      case EmptyArray x -> add(Kind.VALUE_EMPTY_ARRAY);
      case StringLiteral x -> add(Kind.VALUE_STRING);
      case IntLiteral x -> add(Kind.VALUE_INT);
      case FloatLiteral x -> add(Kind.VALUE_FLOAT);
      case BoolLiteral x -> add(Kind.VALUE_BOOL);
      case LastError x -> lensed(Kind.VALUE_LAST_ERROR, x.lens());
      case ErrorValue x -> lensed(Kind.VALUE_ERROR, x.lens());
      case ScalarRef x -> lensed(Kind.VALUE_SCALAR, x.lens());
      case CanonStreamRef x ->
          lensed(x.legacySigil() ? Kind.VALUE_CANON_LEGACY : Kind.VALUE_CANON, x.lens());
      case CanonStreamMapRef x -> lensed(Kind.VALUE_CANON_MAP, x.lens());
    }
  }

  private void lensed(Kind kind, Optional<Lens> lens) {
    add(kind);
    lens.ifPresent(l -> {
      switch (l) {
        case LengthFunctor f -> add(Kind.LENS_LENGTH);
        case ValuePath p -> {
          add(Kind.LENS_PATH);
          if (p.flatten()) {
            add(Kind.LENS_FLATTEN);
          }
          for (Accessor a : p.accessors()) {
            add(switch (a) {
              case FieldAccessor f -> Kind.ACCESSOR_FIELD;
              case IndexAccessor i -> Kind.ACCESSOR_INDEX;
              case ScalarAccessor s -> Kind.ACCESSOR_SCALAR;
            });
          }
        }
      }
    });
  }
}
