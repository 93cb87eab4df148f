package dev.airproof.interpreter.gen;

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
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import dev.airproof.interpreter.syntax.AirPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Size, depth and called peers of trees, for tests. */
final class Trees {
  private Trees() {}

  static List<Instruction> children(Instruction node) {
    return dev.airproof.interpreter.ast.Walk.children(node);
  }


  static int size(Instruction node) {
    int n = 1;
    for (Instruction c : children(node)) {
      n += size(c);
    }
    return n;
  }

  static int depth(Instruction node) {
    int d = 0;
    for (Instruction c : children(node)) {
      d = Math.max(d, depth(c));
    }
    return d + 1;
  }

  /** The printed peer of every call and canon. */
  static List<String> calledPeers(Instruction node) {
    List<String> out = new ArrayList<>();
    peer(node).ifPresent(p -> out.add(AirPrinter.value(p)));
    children(node).forEach(k -> out.addAll(calledPeers(k)));
    return out;
  }

  private static Optional<Value> peer(Instruction node) {
    return switch (node) {
      case Call c -> Optional.of(c.peer());
      case Canon c -> Optional.of(c.peer());
      case CanonMap c -> Optional.of(c.peer());
      case CanonMapScalar c -> Optional.of(c.peer());
      case Seq x -> Optional.empty();
      case Par x -> Optional.empty();
      case Xor x -> Optional.empty();
      case Match x -> Optional.empty();
      case Mismatch x -> Optional.empty();
      case New x -> Optional.empty();
      case FoldScalar x -> Optional.empty();
      case FoldStream x -> Optional.empty();
      case FoldStreamMap x -> Optional.empty();
      case Ap x -> Optional.empty();
      case ApMap x -> Optional.empty();
      case Fail x -> Optional.empty();
      case Next x -> Optional.empty();
      case Never x -> Optional.empty();
      case Null x -> Optional.empty();
    };
  }
}
