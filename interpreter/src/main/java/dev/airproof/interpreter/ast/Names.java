package dev.airproof.interpreter.ast;

import java.util.Objects;

/** Checks of variable names shared by the name and reference records. */
public final class Names {
  private Names() {}

  /**
   * Returns {@code name} when it is a valid AIR variable name: non-empty, Unicode letters or digits,
   * {@code _} or {@code -}.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireValid(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty variable name");
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (!isNameChar(cp)) {
        throw new IllegalArgumentException("invalid character in variable name: " + name);
      }
      i += Character.charCount(cp);
    }
    return name;
  }

  /**
   * Returns {@code name} when it is a valid scalar name: a valid variable name, or a {@code +}
   * followed by one. AquaVM's lexer reads a leading sign as part of a number until it meets a
   * non-digit, so {@code +x} and {@code +1x} are scalars (a leading {@code -} is a name character
   * anyway).
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireValidScalar(String name) {
    Objects.requireNonNull(name, "name");
    if (name.length() > 1 && name.charAt(0) == '+') {
      requireValid(name.substring(1));
      return name;
    }
    return requireValid(name);
  }

  /**
   * True iff {@code cp} may appear in a variable name: Rust's {@code char::is_alphanumeric} (Unicode
   * Alphabetic, or a number of category Nd, Nl or No), {@code _} or {@code -}.
   */
  public static boolean isNameChar(int cp) {
    if (cp == '_' || cp == '-') {
      return true;
    }
    if (Character.isAlphabetic(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
