package dev.airproof.translator.tla;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.ApTarget;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.CallOutput;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailError;
import dev.airproof.interpreter.ast.FailLastError;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Name;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Mutable, single use; numbers a script's instructions in pre-order (node 1 is the root, children
 * after their parent) and writes each as an {@code AIRTrees} constructor. The first construct the
 * spec does not model is kept as the result's problem; translation goes on with a placeholder so
 * that numbering stays consistent, and the caller discards the nodes.
 */
final class TlaScript {
  private final List<String> nodes = new ArrayList<>();
  private final List<Span> spans = new ArrayList<>();
  private final TlaOperands operands;

  private TlaScript(UnaryOperator<String> rename) {
    this.operands = new TlaOperands(rename);
  }

  /** Immutable; the numbered nodes (text and AIR position), or the first unsupported construct. */
  record Nodes(List<String> texts, List<Span> spans, Optional<Unsupported> problem) {
    Nodes {
      texts = List.copyOf(texts);
      spans = List.copyOf(spans);
    }
  }

  /** Translates {@code script}, renaming every string by {@code rename} (peer ids to aliases). */
  static Nodes of(Instruction script, UnaryOperator<String> rename) {
    TlaScript t = new TlaScript(rename);
    t.node(script);
    return new Nodes(t.nodes, t.spans, t.operands.problem());
  }

  private int node(Instruction i) {
    int id = nodes.size() + 1;
    nodes.add("");
    spans.add(i.span());
    nodes.set(id - 1, text(i));
    return id;
  }

  private String text(Instruction i) {
    return switch (i) {
      case Seq s -> binary("seq", s.left(), s.right());
      case Par p -> binary("par", p.left(), p.right());
      case Xor x -> binary("xor", x.left(), x.right());
      case Call c -> call(c);
      case Ap a -> "ap(" + operands.operand(a.argument()) + ", " + target(a.destination()) + ")";
      case Canon c -> "canon(" + operands.operand(c.peer()) + ", " + operands.str("$" + c.stream().name())
          + ", " + operands.str(canonName(c.canon())) + ")";
      case Match m -> matchLike("match", m.left(), m.right(), m.body());
      case Mismatch m -> matchLike("mismatch", m.left(), m.right(), m.body());
      case Fail f -> fail(f);
      case FoldScalar f -> {
        String iterable = operands.operand(f.iterable());
        yield fold("fold", iterable, f.iterator(), f.body(), f.last());
      }
      case FoldStream f -> fold("foldStream", operands.str("$" + f.iterable().name()), f.iterator(),
          f.body(), f.last());
      case Next n -> "next(" + operands.str(n.iterator().name()) + ")";
      case New n -> {
        String name = newName(n.name(), n.span());
        yield "new(" + name + ", " + node(n.body()) + ")";
      }
      case Never n -> "never";
      case Null n -> "null";
      case ApMap a -> operands.unsupported("ap to a stream map", a.span());
      case CanonMap c -> operands.unsupported("canon of a stream map", c.span());
      case CanonMapScalar c -> operands.unsupported("canon of a stream map", c.span());
      case FoldStreamMap f -> operands.unsupported("fold over a stream map", f.span());
    };
  }

  private String binary(String kind, Instruction left, Instruction right) {
    int l = node(left);
    int r = node(right);
    return kind + "(" + l + ", " + r + ")";
  }

  private String matchLike(String kind, Value left, Value right, Instruction body) {
    String a = operands.operand(left);
    String b = operands.operand(right);
    return kind + "(" + a + ", " + b + ", " + node(body) + ")";
  }

  private String fold(String kind, String iterable, ScalarName iterator, Instruction body,
      Optional<Instruction> last) {
    int b = node(body);
    String l = last.map(x -> Integer.toString(node(x))).orElse("NoLast");
    return kind + "(" + iterable + ", " + operands.str(iterator.name()) + ", " + b + ", " + l + ")";
  }

  private String call(Call c) {
    String peer = operands.operand(c.peer());
    String service = literalName(c.service(), "service id");
    String function = literalName(c.function(), "function name");
    List<String> args = new ArrayList<>();
    for (Value v : c.args()) {
      args.add(operands.operand(v));
    }
    String out = c.output().map(this::output).orElse("NoOutput");
    return "call(" + peer + ", " + service + ", " + function + ", <<" + String.join(", ", args)
        + ">>, " + out + ")";
  }

  private String literalName(Value v, String what) {
    if (v instanceof StringLiteral s) {
      return operands.str(s.value());
    }
    return operands.unsupported("a " + what + " computed from a variable or not a string", v.span());
  }

  private String output(CallOutput out) {
    return switch (out) {
      case ScalarName s -> "Scalar(" + operands.str(s.name()) + ")";
      case StreamName s -> "Stream(" + operands.str("$" + s.name()) + ")";
    };
  }

  private String target(ApTarget out) {
    return switch (out) {
      case ScalarName s -> "Scalar(" + operands.str(s.name()) + ")";
      case StreamName s -> "Stream(" + operands.str("$" + s.name()) + ")";
    };
  }

  private String fail(Fail f) {
    return switch (f.argument()) {
      case FailLiteral l -> TlaValues.fitsInt(l.code())
          ? "fail(" + l.code() + ", " + operands.str(l.message()) + ")"
          : operands.unsupported("a fail code outside TLC's 32-bit integers", l.span());
      case FailLastError e -> "failLastError";
      case FailError e -> "failError";
      case FailValue v -> operands.unsupported("fail with a scalar error object", v.span());
    };
  }

  private String newName(Name name, Span span) {
    return switch (name) {
      case ScalarName s -> operands.str(s.name());
      case StreamName s -> operands.str("$" + s.name());
      case CanonStreamName c -> operands.str(canonName(c));
      case StreamMapName m -> operands.unsupported("new over a stream map", span);
      case CanonStreamMapName m -> operands.unsupported("new over a canon stream map", span);
    };
  }

  /** The spec's name of a canon stream: AIR's text, {@code #$c} (or the legacy {@code #c}). */
  static String canonName(CanonStreamName c) {
    return (c.legacySigil() ? "#" : "#$") + c.name();
  }
}
