package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.Span;
import java.util.List;

/**
 * Mutable; the AIR lexer of AquaVM 0.62 ({@code parser/lexer/air_lexer.rs}) over a char array. One
 * token at a time: {@link #next()} fills the {@code tok*} fields; no object is allocated for
 * punctuation. Positions are tracked incrementally (line, code-point column, UTF-8 byte offset).
 *
 * <p>Token splitting: {@code ( ) [ ]} are tokens of their own at the start of a token; {@code ;}
 * starts a comment up to and including the next {@code \n}; {@code "} starts a string literal that
 * ends at the next {@code "}; anything else starts a word that runs to the next whitespace or to a
 * {@code )} / {@code ]} that would close more brackets than the word opened. Words are classified
 * by {@link WordClassifier}.
 */
final class Lexer {
  private final char[] src;
  private final int n;
  private int pos;
  private int line = 1;
  private int col = 1;
  private int bytes;

  /** Kind of the current token. */
  TokenKind kind;
  /** Position of the current token. */
  int tokLine;
  int tokCol;
  int tokByte;
  int tokByteLen;
  /** Char range of the current token. */
  int tokStart;
  int tokEnd;
  /** Payload: name without sigil, or string literal contents. */
  String text;
  long longValue;
  double doubleValue;
  boolean boolValue;
  /** True for a canon stream written {@code #name}. */
  boolean legacy;
  /** Lens of a {@code *_WITH_LAMBDA} token, else null. */
  Lens lens;
  /** Byte length of the name part of a {@code *_WITH_LAMBDA} token. */
  int nameByteLen;
  /** The problem of a {@link TokenKind#LEX_ERROR} token. */
  Diagnostic error;
  /** End (byte offset, line, column) of the last real token, for end-of-input errors. */
  int lastEndByte;
  int lastEndLine = 1;
  int lastEndCol = 1;

  private final WordClassifier words = new WordClassifier(this);

  Lexer(char[] src) {
    this.src = src;
    this.n = src.length;
  }

  char[] source() {
    return src;
  }

  /** The span of the current token. */
  Span span() {
    return new Span(tokLine, tokCol, tokByte, tokByteLen);
  }

  /** Advances to the next token. */
  void next() {
    if (kind != null && kind != TokenKind.EOF) {
      lastEndByte = tokByte + tokByteLen;
      lastEndLine = line;
      lastEndCol = col;
    }
    lens = null;
    error = null;
    skipBlanks();
    tokLine = line;
    tokCol = col;
    tokByte = bytes;
    tokStart = pos;
    if (pos >= n) {
      kind = TokenKind.EOF;
      tokByteLen = 0;
      tokEnd = pos;
      return;
    }
    char c = src[pos];
    switch (c) {
      case '(' -> single(TokenKind.LPAREN);
      case ')' -> single(TokenKind.RPAREN);
      case '[' -> single(TokenKind.LBRACKET);
      case ']' -> single(TokenKind.RBRACKET);
      case '"' -> stringLiteral();
      default -> word();
    }
  }

  private void skipBlanks() {
    while (pos < n) {
      char c = src[pos];
      if (c == ';') {
        while (pos < n && src[pos] != '\n') {
          step();
        }
        if (pos < n) {
          newline();
        }
      } else if (c == '\n') {
        newline();
      } else if (c < 0x80 ? (c == ' ' || (c >= 0x09 && c <= 0x0D)) : CharClass.isWhitespace(c)) {
        step();
      } else {
        return;
      }
    }
  }

  private void newline() {
    pos++;
    bytes++;
    line++;
    col = 1;
  }

  /** Moves over one code point that is not a newline. */
  private void step() {
    char c = src[pos];
    if (c < 0x80) {
      pos++;
      bytes++;
    } else if (Character.isHighSurrogate(c) && pos + 1 < n && Character.isLowSurrogate(src[pos + 1])) {
      pos += 2;
      bytes += 4;
    } else {
      pos++;
      bytes += c < 0x800 ? 2 : 3;
    }
    col++;
  }

  private void single(TokenKind k) {
    kind = k;
    step();
    tokEnd = pos;
    tokByteLen = 1;
  }

  private void stringLiteral() {
    step();
    int contentStart = pos;
    while (pos < n) {
      char c = src[pos];
      if (c == '"') {
        text = new String(src, contentStart, pos - contentStart);
        step();
        kind = TokenKind.LITERAL;
        tokEnd = pos;
        tokByteLen = bytes - tokByte;
        return;
      }
      if (c == '\n') {
        newline();
      } else {
        step();
      }
    }
    tokEnd = pos;
    tokByteLen = bytes - tokByte;
    fail(DiagnosticCode.UNCLOSED_QUOTE, span(), "this string literal has unclosed quote");
  }

  private void word() {
    int round = 0;
    int square = 0;
    step();
    int cps = 1;
    while (pos < n) {
      char c = src[pos];
      if (c == '(') {
        round++;
      } else if (c == ')') {
        round--;
      } else if (c == '[') {
        square++;
      } else if (c == ']') {
        square--;
      }
      if (round < 0 || square < 0 || (c < 0x80 ? (c == ' ' || (c >= 0x09 && c <= 0x0D))
          : CharClass.isWhitespace(c))) {
        break;
      }
      step();
      cps++;
    }
    tokEnd = pos;
    tokByteLen = bytes - tokByte;
    words.classify(src, tokStart, tokEnd, cps);
  }

  /**
   * Records a lens problem as the current token. AquaVM reports lambda errors over the whole lens;
   * the diagnostic keeps the finer position found by {@link LensParser} but never starts before
   * the lens.
   */
  void lensFail(Diagnostic d, int lensByte, int lensCol) {
    Span sp = d.span();
    if (sp.offset() < lensByte) {
      sp = new Span(tokLine, lensCol, lensByte, 0);
    }
    fail(d.code(), sp, d.message());
  }

  /** Records a lexer error as the current token. */
  void fail(DiagnosticCode code, Span span, String message) {
    kind = TokenKind.LEX_ERROR;
    error = new Diagnostic(code, span, message, List.of());
  }
}
