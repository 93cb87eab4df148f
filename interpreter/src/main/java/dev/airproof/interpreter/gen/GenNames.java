package dev.airproof.interpreter.gen;

import java.util.Set;

/**
 * Fresh variable names of one generation run: a kind prefix followed by a counter ({@code x3},
 * {@code it4}, {@code $st5}). Mutable; owned by one {@link GenRun}.
 */
final class GenNames {
  private static final Set<String> KEYWORDS = Set.of(
      "call", "canon", "ap", "seq", "par", "fail", "fold", "xor", "never", "new", "next", "null",
      "match", "mismatch", "true", "false");

  private int counter;

  /** True iff {@code name} is a keyword or has the shape of a generated name. */
  static boolean isReserved(String name) {
    return KEYWORDS.contains(name) || name.matches("[a-z]+[0-9]+");
  }

  String scalar() {
    return "x" + ++counter;
  }

  String iterator() {
    return "it" + ++counter;
  }

  String stream() {
    return "st" + ++counter;
  }

  String map() {
    return "mp" + ++counter;
  }

  String canon() {
    return "cs" + ++counter;
  }

  String canonMap() {
    return "cm" + ++counter;
  }
}
