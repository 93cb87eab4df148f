package dev.airproof.interpreter.reduce;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirPrinter;

/**
 * Immutable; the size of a script that every accepted shrinking step strictly decreases, compared
 * lexicographically: number of instructions, then number of variable references (counted as
 * identifier-like tokens in the compact text), then length of the compact text. The order is
 * well-founded, so shrinking terminates.
 */
record TreeMeasure(int instructions, int references, int length)
    implements Comparable<TreeMeasure> {

  static TreeMeasure of(Instruction root) {
    String text = AirPrinter.printCompact(root);
    return new TreeMeasure(TreePaths.preorder(root).size(), references(text), text.length());
  }

  /** Tokens outside string literals that start like a variable: a letter or a sigil. */
  private static int references(String text) {
    int count = 0;
    boolean inString = false;
    boolean tokenStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        inString = !inString;
        tokenStart = false;
        continue;
      }
      if (inString) {
        continue;
      }
      if (c == ' ' || c == '(' || c == ')' || c == '[' || c == ']') {
        tokenStart = true;
        continue;
      }
      if (tokenStart && (Character.isLetter(c) || c == '$' || c == '#' || c == '%' || c == '_'
          || c == '-' && i + 1 < text.length() && !Character.isDigit(text.charAt(i + 1)))) {
        count++;
      }
      tokenStart = false;
    }
    return count;
  }

  @Override
  public int compareTo(TreeMeasure o) {
    if (instructions != o.instructions) {
      return Integer.compare(instructions, o.instructions);
    }
    if (references != o.references) {
      return Integer.compare(references, o.references);
    }
    return Integer.compare(length, o.length);
  }
}
