package dev.airproof.interpreter.ast;

import java.util.List;
import java.util.function.Consumer;

/** Visits every instruction of a tree, parents before children, left to right (source order). */
public final class Walk {
  private Walk() {}

  /** Calls {@code visit} on {@code i} and every instruction below it, in source order. */
  public static void instructions(Instruction i, Consumer<Instruction> visit) {
    visit.accept(i);
    for (Instruction child : children(i)) {
      instructions(child, visit);
    }
  }

  /**
   * The direct sub-instructions of {@code node}, in source order: both branches of
   * {@code seq/par/xor}; the body of {@code match/mismatch/new}; body then last instruction of folds.
   */
  public static List<Instruction> children(Instruction node) {
    return switch (node) {
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
      case Next n -> List.of();
      case Never n -> List.of();
      case Null n -> List.of();
    };
  }

  private static List<Instruction> withLast(Instruction body, java.util.Optional<Instruction> last) {
    return last.map(l -> List.of(body, l)).orElseGet(() -> List.of(body));
  }
}
