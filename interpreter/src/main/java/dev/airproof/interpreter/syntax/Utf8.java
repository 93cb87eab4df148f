package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Span;

/** Strict UTF-8 validation (the rules of Rust's {@code str::from_utf8} and of Unicode Table 3-7). */
final class Utf8 {
  private Utf8() {}

  /** Offset of the first byte that does not start a well-formed sequence, or -1. */
  static int firstInvalid(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (i + len > n) {
        return i;
      }
      int c1 = b[i + 1] & 0xFF;
      if (c1 < lo || c1 > hi) {
        return i;
      }
      for (int k = 2; k < len; k++) {
        int ck = b[i + k] & 0xFF;
        if (ck < 0x80 || ck > 0xBF) {
          return i;
        }
      }
      i += len;
    }
    return -1;
  }

  /** Line, column (code points) and offset of byte {@code at} of a prefix-valid UTF-8 text. */
  static Span position(byte[] b, int at) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < at; i++) {
      int c = b[i] & 0xFF;
      if (c == '\n') {
        line++;
        col = 1;
      } else if ((c & 0xC0) != 0x80) {
        col++;
      }
    }
    return new Span(line, col, at, 1);
  }
}
