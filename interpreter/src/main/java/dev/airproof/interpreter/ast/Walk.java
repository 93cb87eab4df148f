package dev.airproof.interpreter.ast;

import java.util.function.Consumer;

/** Visits every instruction of a tree, parents before children, left to right (source order). */
public final class Walk {
  private Walk() {}

  /** Calls {@code visit} on {@code i} and every instruction below it, in source order. */
  public static void instructions(Instruction i, Consumer<Instruction> visit) {
    visit.accept(i);
    switch (i) {
      case Seq s -> {
        instructions(s.left(), visit);
        instructions(s.right(), visit);
      }
      case Par p -> {
        instructions(p.left(), visit);
        instructions(p.right(), visit);
      }
      case Xor x -> {
        instructions(x.left(), visit);
        instructions(x.right(), visit);
      }
      case Match m -> instructions(m.body(), visit);
      case Mismatch m -> instructions(m.body(), visit);
      case New n -> instructions(n.body(), visit);
      case FoldScalar f -> {
        instructions(f.body(), visit);
        f.last().ifPresent(l -> instructions(l, visit));
      }
      case FoldStream f -> {
        instructions(f.body(), visit);
        f.last().ifPresent(l -> instructions(l, visit));
      }
      case FoldStreamMap f -> {
        instructions(f.body(), visit);
        f.last().ifPresent(l -> instructions(l, visit));
      }
      case Call c -> { }
      case Ap a -> { }
      case ApMap a -> { }
      case Canon c -> { }
      case CanonMap c -> { }
      case CanonMapScalar c -> { }
      case Fail f -> { }
      case Next n -> { }
      case Never n -> { }
      case Null n -> { }
    }
  }
}
