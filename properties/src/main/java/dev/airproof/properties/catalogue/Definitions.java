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
import dev.airproof.interpreter.ast.Walk;
import java.util.ArrayList;
import java.util.List;

/** Finds the instructions of a script that give a variable its value (call outputs, ap, canon, fold). */
final class Definitions {
  private Definitions() {}

  /** The instructions that write {@code variable} (written with its sigil, e.g. {@code x}, {@code #c}). */
  static List<Instruction> of(Instruction root, String variable) {
    List<Instruction> out = new ArrayList<>();
    Walk.instructions(root, i -> {
      if (writes(i, variable)) {
        out.add(i);
      }
    });
    return out;
  }

  private static boolean writes(Instruction i, String v) {
    return switch (i) {
      case Call c -> c.output().isPresent() && c.output().get().text().equals(v);
      case Ap a -> a.destination().text().equals(v);
      case ApMap a -> a.map().text().equals(v);
      case Canon c -> c.canon().text().equals(v) || ("#" + c.canon().name()).equals(v)
          || ("#$" + c.canon().name()).equals(v);
      case CanonMap c -> c.canonMap().text().equals(v);
      case CanonMapScalar c -> c.scalar().text().equals(v);
      case FoldScalar f -> f.iterator().text().equals(v);
      case FoldStream f -> f.iterator().text().equals(v);
      case FoldStreamMap f -> f.iterator().text().equals(v);
      case Seq s -> false;
      case Par p -> false;
      case Xor x -> false;
      case Match m -> false;
      case Mismatch m -> false;
      case New n -> false;
      case Fail f -> false;
      case Next n -> false;
      case Never n -> false;
      case Null n -> false;
    };
  }
}
