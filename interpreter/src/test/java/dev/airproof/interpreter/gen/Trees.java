package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Xor;
import dev.airproof.interpreter.syntax.AirPrinter;
import java.util.ArrayList;
import java.util.List;

/** Size, depth and called peers of trees, for tests. */
final class Trees {
  private Trees() {}

  static List<Instruction> children(Instruction node) {
    List<Instruction> out = new ArrayList<>();
    if (node instanceof Seq s) {
      out.addAll(List.of(s.left(), s.right()));
    } else if (node instanceof Par p) {
      out.addAll(List.of(p.left(), p.right()));
    } else if (node instanceof Xor x) {
      out.addAll(List.of(x.left(), x.right()));
    } else if (node instanceof Match m) {
      out.add(m.body());
    } else if (node instanceof Mismatch m) {
      out.add(m.body());
    } else if (node instanceof New n) {
      out.add(n.body());
    } else if (node instanceof FoldScalar f) {
      out.add(f.body());
      f.last().ifPresent(out::add);
    } else if (node instanceof FoldStream f) {
      out.add(f.body());
      f.last().ifPresent(out::add);
    } else if (node instanceof FoldStreamMap f) {
      out.add(f.body());
      f.last().ifPresent(out::add);
    }
    return out;
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
    if (node instanceof Call c) {
      out.add(AirPrinter.value(c.peer()));
    } else if (node instanceof Canon c) {
      out.add(AirPrinter.value(c.peer()));
    } else if (node instanceof CanonMap c) {
      out.add(AirPrinter.value(c.peer()));
    } else if (node instanceof CanonMapScalar c) {
      out.add(AirPrinter.value(c.peer()));
    }
    for (Instruction c : children(node)) {
      out.addAll(calledPeers(c));
    }
    return out;
  }
}
