package dev.airproof.interpreter.reduce;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Addresses instructions inside a tree by child-index paths and rebuilds trees with one instruction
 * replaced. Child order: both branches of {@code seq/par/xor}; the body of
 * {@code match/mismatch/new}; body then last instruction of folds. Stateless.
 */
final class TreePaths {
  private TreePaths() {}

  /** The instruction children of {@code node}, in text order. */
  static List<Instruction> children(Instruction node) {
    return dev.airproof.interpreter.ast.Walk.children(node);
  }


  /** {@code node} with its child number {@code index} replaced by {@code child}. */
  static Instruction withChild(Instruction node, int index, Instruction child) {
    return switch (node) {
      case Seq s ->
          index == 0 ? new Seq(child, s.right(), s.span()) : new Seq(s.left(), child, s.span());
      case Par p ->
          index == 0 ? new Par(child, p.right(), p.span()) : new Par(p.left(), child, p.span());
      case Xor x ->
          index == 0 ? new Xor(child, x.right(), x.span()) : new Xor(x.left(), child, x.span());
      case Match m -> new Match(m.left(), m.right(), child, m.span());
      case Mismatch m -> new Mismatch(m.left(), m.right(), child, m.span());
      case New n -> new New(n.name(), child, n.span());
      case FoldScalar f -> index == 0
          ? new FoldScalar(f.iterable(), f.iterator(), child, f.last(), f.span())
          : new FoldScalar(f.iterable(), f.iterator(), f.body(), Optional.of(child), f.span());
      case FoldStream f -> index == 0
          ? new FoldStream(f.iterable(), f.iterator(), child, f.last(), f.span())
          : new FoldStream(f.iterable(), f.iterator(), f.body(), Optional.of(child), f.span());
      case FoldStreamMap f -> index == 0
          ? new FoldStreamMap(f.iterable(), f.iterator(), child, f.last(), f.span())
          : new FoldStreamMap(f.iterable(), f.iterator(), f.body(), Optional.of(child), f.span());
      case Call c -> noChild(node, index);
      case Canon c -> noChild(node, index);
      case CanonMap c -> noChild(node, index);
      case CanonMapScalar c -> noChild(node, index);
      case Ap a -> noChild(node, index);
      case ApMap a -> noChild(node, index);
      case Fail f -> noChild(node, index);
      case Next n -> noChild(node, index);
      case Never n -> noChild(node, index);
      case Null n -> noChild(node, index);
    };
  }

  private static Instruction noChild(Instruction node, int index) {
    throw new IllegalArgumentException("a leaf has no child " + index + ": " + node);
  }

  /** Paths of all instructions of {@code root} in pre-order (the root's path is empty). */
  static List<int[]> preorder(Instruction root) {
    List<int[]> out = new ArrayList<>();
    collect(root, new int[0], out);
    return out;
  }

  private static void collect(Instruction node, int[] path, List<int[]> out) {
    out.add(path);
    List<Instruction> kids = children(node);
    for (int i = 0; i < kids.size(); i++) {
      int[] sub = Arrays.copyOf(path, path.length + 1);
      sub[path.length] = i;
      collect(kids.get(i), sub, out);
    }
  }

  /** The instruction at {@code path}, if the path exists in {@code root}. */
  static Optional<Instruction> at(Instruction root, int[] path) {
    Instruction node = root;
    for (int index : path) {
      List<Instruction> kids = children(node);
      if (index >= kids.size()) {
        return Optional.empty();
      }
      node = kids.get(index);
    }
    return Optional.of(node);
  }

  /**
   * {@code root} with the instruction at {@code path} (which must exist) replaced by {@code by}.
   */
  static Instruction replace(Instruction root, int[] path, Instruction by) {
    return replace(root, path, 0, by);
  }

  private static Instruction replace(Instruction node, int[] path, int from, Instruction by) {
    if (from == path.length) {
      return by;
    }
    Instruction child = children(node).get(path[from]);
    return withChild(node, path[from], replace(child, path, from + 1, by));
  }
}
