package dev.airproof.properties.catalogue;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.Fail;
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
import dev.airproof.interpreter.ast.Xor;
import java.util.ArrayList;
import java.util.List;

/** Finds the instructions of a script that give a variable its value (call outputs, ap, canon, fold). */
final class Definitions {
  private Definitions() {}

  /** The instructions that write {@code variable} (written with its sigil, e.g. {@code x}, {@code #c}). */
  static List<Instruction> of(Instruction root, String variable) {
    List<Instruction> out = new ArrayList<>();
    collect(root, variable, out);
    return out;
  }

  private static void collect(Instruction i, String v, List<Instruction> out) {
    switch (i) {
      case Call c -> {
        if (c.output().isPresent() && c.output().get().text().equals(v)) {
          out.add(c);
        }
      }
      case Ap a -> {
        if (a.destination().text().equals(v)) {
          out.add(a);
        }
      }
      case ApMap a -> {
        if (a.map().text().equals(v)) {
          out.add(a);
        }
      }
      case Canon c -> {
        if (c.canon().text().equals(v) || ("#" + c.canon().name()).equals(v)
            || ("#$" + c.canon().name()).equals(v)) {
          out.add(c);
        }
      }
      case CanonMap c -> {
        if (c.canonMap().text().equals(v)) {
          out.add(c);
        }
      }
      case CanonMapScalar c -> {
        if (c.scalar().text().equals(v)) {
          out.add(c);
        }
      }
      case Seq s -> both(s.left(), s.right(), v, out);
      case Par p -> both(p.left(), p.right(), v, out);
      case Xor x -> both(x.left(), x.right(), v, out);
      case Match m -> collect(m.body(), v, out);
      case Mismatch m -> collect(m.body(), v, out);
      case New n -> collect(n.body(), v, out);
      case FoldScalar f -> fold(f, f.iterator().text(), f.body(), f.last(), v, out);
      case FoldStream f -> fold(f, f.iterator().text(), f.body(), f.last(), v, out);
      case FoldStreamMap f -> fold(f, f.iterator().text(), f.body(), f.last(), v, out);
      case Fail f -> { }
      case Next n -> { }
      case Never n -> { }
      case Null n -> { }
    }
  }

  private static void both(Instruction l, Instruction r, String v, List<Instruction> out) {
    collect(l, v, out);
    collect(r, v, out);
  }

  private static void fold(Instruction fold, String iterator, Instruction body,
      java.util.Optional<Instruction> last, String v, List<Instruction> out) {
    if (iterator.equals(v)) {
      out.add(fold);
    }
    collect(body, v, out);
    last.ifPresent(l -> collect(l, v, out));
  }
}
