package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Names;

/**
 * Character classes of AquaVM's lexers, stated in terms of Rust's {@code char} predicates so that
 * the Java lexer splits and classifies exactly like AquaVM 0.62 ({@code lexer/utils.rs}).
 */
final class CharClass {
  private CharClass() {}

  /** Rust {@code char::is_whitespace}: the Unicode White_Space property (not Java's definition). */
  static boolean isWhitespace(int c) {
    if (c <= 0x20) {
      return c == 0x20 || (c >= 0x09 && c <= 0x0D);
    }
    if (c < 0x85) {
      return false;
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  /** Rust {@code char::is_numeric}: general category Nd, Nl or No. */
  static boolean isNumeric(int c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** AquaVM's {@code is_air_alphanumeric}: Rust {@code is_alphanumeric}, {@code _} or {@code -}. */
  static boolean isAirAlphanumeric(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-';
    }
    return Names.isNameChar(c);
  }

  /** AquaVM's {@code is_lens_allowed_char}: what the AIR lexer lets through after a lens's first dot. */
  static boolean isLensAllowed(int c) {
    return switch (c) {
      case '$', '@', '[', ']', '(', ')', ':', '?', '.', '*', ',', '"', '\'' -> true;
      default -> isAirAlphanumeric(c);
    };
  }

  /** Number of UTF-8 bytes of code point {@code cp}. */
  static int utf8Length(int cp) {
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x800) {
      return 2;
    }
    return cp < 0x10000 ? 3 : 4;
  }
}
