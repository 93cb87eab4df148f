package dev.airproof.translator.petri;

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
import java.util.Optional;

/** The direct sub-instructions of an instruction, in source order. */
final class Tree {
  private Tree() {}

  static List<Instruction> children(Instruction i) {
    return switch (i) {
      case Seq s -> List.of(s.left(), s.right());
      case Par p -> List.of(p.left(), p.right());
      case Xor x -> List.of(x.left(), x.right());
      case Match m -> List.of(m.body());
      case Mismatch m -> List.of(m.body());
      case New n -> List.of(n.body());
      case FoldScalar f -> withLast(f.body(), f.last());
      case FoldStream f -> withLast(f.body(), f.last());
      case FoldStreamMap f -> withLast(f.body(), f.last());
      case Call c -> List.of();
      case Canon c -> List.of();
      case CanonMap c -> List.of();
      case CanonMapScalar c -> List.of();
      case Ap a -> List.of();
      case ApMap a -> List.of();
      case Fail f -> List.of();
      case Never n -> List.of();
      case Null n -> List.of();
      case Next n -> List.of();
    };
  }

  private static List<Instruction> withLast(Instruction body, Optional<Instruction> last) {
    List<Instruction> out = new ArrayList<>(List.of(body));
    last.ifPresent(out::add);
    return out;
  }
}
