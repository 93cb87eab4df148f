package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.Instruction;
import java.util.List;

/** The direct sub-instructions of an instruction, in source order. */
final class Tree {
  private Tree() {}

  static List<Instruction> children(Instruction i) {
    return dev.airproof.interpreter.ast.Walk.children(i);
  }

}
