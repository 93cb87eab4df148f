package dev.airproof.interpreter.reduce;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
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
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local simplifications the shrinker tries on one instruction, most aggressive first: the
 * instruction replaced by {@code (null)}, by one of its children, a fold without its last
 * instruction, then operand simplifications (call arguments and output dropped, values replaced by
 * shorter ones, see {@link ValueEdits}). Candidates need not be valid AIR; the shrinker checks.
 * Stateless.
 */
final class Edits {
  private Edits() {}

  static List<Instruction> of(Instruction node) {
    List<Instruction> out = new ArrayList<>();
    if (!(node instanceof Null)) {
      out.add(new Null(node.span()));
    }
    out.addAll(TreePaths.children(node));
    out.addAll(operands(node));
    return out;
  }

  private static List<Instruction> operands(Instruction node) {
    Span s = node.span();
    List<Instruction> out = new ArrayList<>();
    switch (node) {
      case Call c -> call(c, out);
      case Ap a -> ValueEdits.of(a.argument()).forEach(v -> out.add(new Ap(v, a.destination(), s)));
      case ApMap a -> {
        ValueEdits.of(a.key()).forEach(v -> out.add(new ApMap(v, a.value(), a.map(), s)));
        ValueEdits.of(a.value()).forEach(v -> out.add(new ApMap(a.key(), v, a.map(), s)));
      }
      case Canon c ->
          ValueEdits.of(c.peer()).forEach(v -> out.add(new Canon(v, c.stream(), c.canon(), s)));
      case CanonMap c ->
          ValueEdits.of(c.peer()).forEach(v -> out.add(new CanonMap(v, c.map(), c.canonMap(), s)));
      case CanonMapScalar c ->
          ValueEdits.of(c.peer())
              .forEach(v -> out.add(new CanonMapScalar(v, c.map(), c.scalar(), s)));
      case Match m -> {
        ValueEdits.of(m.left()).forEach(v -> out.add(new Match(v, m.right(), m.body(), s)));
        ValueEdits.of(m.right()).forEach(v -> out.add(new Match(m.left(), v, m.body(), s)));
      }
      case Mismatch m -> {
        ValueEdits.of(m.left()).forEach(v -> out.add(new Mismatch(v, m.right(), m.body(), s)));
        ValueEdits.of(m.right()).forEach(v -> out.add(new Mismatch(m.left(), v, m.body(), s)));
      }
      case Fail f -> fail(f, out);
      case FoldScalar f -> {
        f.last().ifPresent(l -> out.add(
            new FoldScalar(f.iterable(), f.iterator(), f.body(), Optional.empty(), s)));
        ValueEdits.of(f.iterable()).forEach(
            v -> out.add(new FoldScalar(v, f.iterator(), f.body(), f.last(), s)));
      }
      case FoldStream f -> f.last().ifPresent(
          l -> out.add(new FoldStream(f.iterable(), f.iterator(), f.body(), Optional.empty(), s)));
      case FoldStreamMap f -> f.last().ifPresent(
          l -> out.add(
              new FoldStreamMap(f.iterable(), f.iterator(), f.body(), Optional.empty(), s)));
      case Seq x -> { }
      case Par x -> { }
      case Xor x -> { }
      case New x -> { }
      case Next x -> { }
      case Never x -> { }
      case Null x -> { }
    }
    return out;
  }

  private static void call(Call c, List<Instruction> out) {
    Span s = c.span();
    if (c.output().isPresent()) {
      out.add(new Call(c.peer(), c.service(), c.function(), c.args(), Optional.empty(), s));
    }
    if (c.args().size() > 1) {
      out.add(new Call(c.peer(), c.service(), c.function(), List.of(), c.output(), s));
    }
    for (int i = 0; i < c.args().size(); i++) {
      List<Value> fewer = new ArrayList<>(c.args());
      fewer.remove(i);
      out.add(new Call(c.peer(), c.service(), c.function(), fewer, c.output(), s));
    }
    ValueEdits.of(c.peer()).forEach(v ->
        out.add(new Call(v, c.service(), c.function(), c.args(), c.output(), s)));
    ValueEdits.of(c.service()).forEach(v ->
        out.add(new Call(c.peer(), v, c.function(), c.args(), c.output(), s)));
    ValueEdits.of(c.function()).forEach(v ->
        out.add(new Call(c.peer(), c.service(), v, c.args(), c.output(), s)));
    for (int i = 0; i < c.args().size(); i++) {
      int at = i;
      ValueEdits.of(c.args().get(i)).forEach(v -> {
        List<Value> args = new ArrayList<>(c.args());
        args.set(at, v);
        out.add(new Call(c.peer(), c.service(), c.function(), args, c.output(), s));
      });
    }
  }

  private static void fail(Fail f, List<Instruction> out) {
    Span s = f.span();
    switch (f.argument()) {
      case FailLiteral l -> {
        if (!l.message().isEmpty()) {
          out.add(new Fail(new FailLiteral(l.code(), "", l.span()), s));
        }
        if (l.code() != 1) {
          out.add(new Fail(new FailLiteral(1, l.message(), l.span()), s));
        }
      }
      case FailValue v -> {
        out.add(new Fail(new FailLiteral(1, "", v.span()), s));
        ValueEdits.of(v.value()).forEach(x -> out.add(new Fail(new FailValue(x, v.span()), s)));
      }
      case FailLastError e -> out.add(new Fail(new FailLiteral(1, "", e.span()), s));
      case FailError e -> out.add(new Fail(new FailLiteral(1, "", e.span()), s));
    }
  }
}
