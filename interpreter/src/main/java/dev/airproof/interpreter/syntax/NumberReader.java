package dev.airproof.interpreter.syntax;

/**
 * Reads number words the way AquaVM 0.62 does: Rust's {@code str::parse::<i64>()} without a dot,
 * {@code str::parse::<f64>()} with one, and floats longer than 11 bytes refused ("a float could
 * contain less than 12 digits"). Rust's error texts are kept.
 */
final class NumberReader {
  private static final int MAX_FLOAT_BYTES = 11;

  private NumberReader() {}

  /** Reads {@code src[s, e)} (a sign, Unicode digits and at most one dot) into the lexer. */
  static void read(Lexer lx, char[] src, int s, int e, boolean isFloat) {
    if (isFloat) {
      readFloat(lx, src, s, e);
    } else {
      readInt(lx, src, s, e);
    }
  }

  private static void readInt(Lexer lx, char[] src, int s, int e) {
    int i = s;
    boolean negative = false;
    if (src[i] == '-' || src[i] == '+') {
      negative = src[i] == '-';
      i++;
    }
    if (i == e || !asciiDigits(src, i, e)) {
      invalid(lx, "invalid digit found in string");
      return;
    }
    long value = 0;
    for (; i < e; i++) {
      int d = src[i] - '0';
      if (value < (Long.MIN_VALUE + d) / 10) {
        lx.fail(DiagnosticCode.NUMBER_OUT_OF_RANGE, lx.span(), negative
            ? "number too small to fit in target type" : "number too large to fit in target type");
        return;
      }
      value = value * 10 - d;
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        lx.fail(DiagnosticCode.NUMBER_OUT_OF_RANGE, lx.span(),
            "number too large to fit in target type");
        return;
      }
      value = -value;
    }
    lx.kind = TokenKind.I64;
    lx.longValue = value;
  }

  private static void readFloat(Lexer lx, char[] src, int s, int e) {
    if (lx.tokByteLen > MAX_FLOAT_BYTES) {
      lx.fail(DiagnosticCode.FLOAT_TOO_LONG, lx.span(),
          "this float is too big, a float could contain less than 12 digits");
      return;
    }
    int i = s;
    if (src[i] == '-' || src[i] == '+') {
      i++;
    }
    for (int k = i; k < e; k++) {
      if (src[k] != '.' && (src[k] < '0' || src[k] > '9')) {
        invalid(lx, "invalid float literal");
        return;
      }
    }
    lx.kind = TokenKind.F64;
    lx.doubleValue = Double.parseDouble(new String(src, s, e - s));
  }

  private static boolean asciiDigits(char[] src, int from, int to) {
    for (int k = from; k < to; k++) {
      if (src[k] < '0' || src[k] > '9') {
        return false;
      }
    }
    return true;
  }

  private static void invalid(Lexer lx, String message) {
    lx.fail(DiagnosticCode.INVALID_NUMBER, lx.span(), message);
  }
}
