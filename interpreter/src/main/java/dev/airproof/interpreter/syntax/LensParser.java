package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Accessor;
import dev.airproof.interpreter.ast.FieldAccessor;
import dev.airproof.interpreter.ast.IndexAccessor;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.ScalarAccessor;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.ValuePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mutable, single use per lens; reads the lens part of a token ({@code .$.a.[0]!}, {@code .length})
 * like AquaVM 0.62's lambda lexer and parser ({@code lambda/parser/src/parser}).
 *
 * <p>Accepted: exactly {@code .length}, or {@code .$} followed by accessors {@code .name},
 * {@code .[N]}, {@code [N]}, {@code .[scalar]}, {@code [scalar]}, each optionally followed by
 * {@code !}. Indices are ASCII digits read as u32; names are AIR-alphanumeric runs. The first
 * problem met from left to right is reported.
 */
final class LensParser {
  private final char[] src;
  private final int end;
  private final int line;
  private int pos;
  private int col;
  private int bytes;
  private Diagnostic error;

  private LensParser(char[] src, int start, int end, int line, int col, int byteOffset) {
    this.src = src;
    this.pos = start;
    this.end = end;
    this.line = line;
    this.col = col;
    this.bytes = byteOffset;
  }

  /** Result of reading a lens: exactly one of the two is present. */
  record Result(Optional<Lens> lens, Optional<Diagnostic> error) {}

  /** Reads {@code src[start, end)}, whose first character stands at line:col / byteOffset. */
  static Result parse(char[] src, int start, int end, int line, int col, int byteOffset) {
    LensParser p = new LensParser(src, start, end, line, col, byteOffset);
    Lens lens = p.lens();
    return lens != null
        ? new Result(Optional.of(lens), Optional.empty())
        : new Result(Optional.empty(), Optional.of(p.error));
  }

  private Lens lens() {
    int startCol = col;
    int startByte = bytes;
    int byteLen = byteLength(pos, end);
    Span whole = new Span(line, startCol, startByte, byteLen);
    if (matches(".length")) {
      return new LengthFunctor(whole);
    }
    if (end - pos < 2 || src[pos] != '.' || src[pos + 1] != '$') {
      return fail(whole, "unexpected symbol for value accessor: a lens is '.$' followed by"
          + " accessors, or exactly '.length'");
    }
    advance();
    advance();
    List<Accessor> accessors = new ArrayList<>();
    boolean flatten = false;
    while (pos < end) {
      if (flatten) {
        return failHere("unexpected token after '!' in lambda");
      }
      Accessor a = accessor();
      if (a == null) {
        return null;
      }
      accessors.add(a);
      if (pos < end && src[pos] == '!') {
        advance();
        flatten = true;
      }
    }
    if (accessors.isEmpty()) {
      return fail(whole, "provided lambda expression doesn't contain any accessor");
    }
    return new ValuePath(accessors, flatten, whole);
  }

  private Accessor accessor() {
    int startCol = col;
    int startByte = bytes;
    boolean dot = false;
    if (src[pos] == '.') {
      dot = true;
      advance();
      if (pos >= end) {
        return failHere("unexpected end of lambda after '.', expected \"[\" or a field name");
      }
    }
    char c = src[pos];
    if (c == '[') {
      advance();
      return bracketed(startCol, startByte);
    }
    if (dot && isNameStart(pos)) {
      String name = name();
      if (name == null) {
        return null;
      }
      return new FieldAccessor(name, new Span(line, startCol, startByte, bytes - startByte));
    }
    if (!isLexable(pos)) {
      return failChar("unexpected symbol for value accessor");
    }
    return failChar(dot ? "unexpected token in lambda, expected \"[\" or a field name"
        : "unexpected token in lambda, expected \".\" or \"[\"");
  }

  private Accessor bracketed(int startCol, int startByte) {
    if (pos >= end) {
      return failHere("unexpected end of lambda after '[', expected an index or a scalar name");
    }
    Accessor result;
    if (src[pos] >= '0' && src[pos] <= '9') {
      result = index();
      if (result == null) {
        return null;
      }
    } else if (isNameStart(pos)) {
      String name = name();
      if (name == null) {
        return null;
      }
      result = new ScalarAccessor(name, Span.NONE);
    } else if (!isLexable(pos)) {
      return failChar("unexpected symbol for value accessor");
    } else {
      return failChar("unexpected token in lambda, expected an index or a scalar name");
    }
    if (pos >= end) {
      return failHere("unexpected end of lambda, expected \"]\"");
    }
    if (src[pos] != ']') {
      return isLexable(pos) ? failChar("unexpected token in lambda, expected \"]\"")
          : failChar("unexpected symbol for value accessor");
    }
    advance();
    Span span = new Span(line, startCol, startByte, bytes - startByte);
    return switch (result) {
      case IndexAccessor i -> new IndexAccessor(i.index(), span);
      case ScalarAccessor s -> new ScalarAccessor(s.scalar(), span);
      case FieldAccessor f -> f;
    };
  }

  /** Reads a run of ASCII digits as a u32 index. */
  private Accessor index() {
    int s = pos;
    int sCol = col;
    int sByte = bytes;
    long value = 0;
    while (pos < end && src[pos] >= '0' && src[pos] <= '9') {
      value = Math.min(value * 10 + (src[pos] - '0'), 1L << 40);
      advance();
    }
    if (value > 0xFFFF_FFFFL) {
      return fail(new Span(line, sCol, sByte, pos - s), "number too large to fit in target type");
    }
    return new IndexAccessor(value, Span.NONE);
  }

  /** Reads an AIR-alphanumeric run; AquaVM 0.62 panics when it ends in a non-ASCII character. */
  private String name() {
    int s = pos;
    int sCol = col;
    int sByte = bytes;
    int lastCp = 0;
    while (pos < end) {
      int cp = Character.codePointAt(src, pos);
      if (!CharClass.isAirAlphanumeric(cp)) {
        break;
      }
      lastCp = cp;
      advance();
    }
    if (lastCp >= 0x80) {
      fail(new Span(line, sCol, sByte, bytes - sByte), "a lambda name ending in a non-ASCII"
          + " character is not supported (AquaVM 0.62's lambda lexer panics on it)");
      return null;
    }
    return new String(src, s, pos - s);
  }

  private boolean isNameStart(int i) {
    char c = src[i];
    if (c >= '0' && c <= '9') {
      return false;
    }
    return CharClass.isAirAlphanumeric(Character.codePointAt(src, i));
  }

  /** True iff the lambda lexer turns the character at {@code i} into some token. */
  private boolean isLexable(int i) {
    char c = src[i];
    return c == '[' || c == ']' || c == '.' || c == '!'
        || CharClass.isAirAlphanumeric(Character.codePointAt(src, i));
  }

  private boolean matches(String text) {
    if (end - pos != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (src[pos + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void advance() {
    int cp = Character.codePointAt(src, pos);
    pos += Character.charCount(cp);
    bytes += CharClass.utf8Length(cp);
    col++;
  }

  private int byteLength(int from, int to) {
    int n = 0;
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(src, i);
      n += CharClass.utf8Length(cp);
      i += Character.charCount(cp);
    }
    return n;
  }

  private <T> T failChar(String message) {
    int w = CharClass.utf8Length(Character.codePointAt(src, pos));
    return fail(new Span(line, col, bytes, w), message);
  }

  private <T> T failHere(String message) {
    return fail(new Span(line, col, bytes, 0), message);
  }

  private <T> T fail(Span span, String message) {
    DiagnosticCode code = message.startsWith("provided lambda")
        ? DiagnosticCode.LENS_WITHOUT_ACCESSOR : DiagnosticCode.LENS_PARSE_ERROR;
    error = new Diagnostic(code, span, message, List.of());
    return null;
  }
}
