package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Span;

/**
 * Mutable helper of {@link Lexer}; reads a word that is not a keyword as a number or a variable,
 * character by character, with the state machine of AquaVM 0.62's {@code call_variable_parser.rs}:
 * while only a sign, digits and one dot were seen the word is a number; the first other character
 * switches to a variable; {@code $ % #} at byte 0 and {@code $ %} at byte 1 are sigils; the first
 * dot starts a lens, and a dot at byte offset 1 or 2 after a sigil is refused with "a canon name
 * should be non empty" (the 0.62 one-character-name quirk).
 */
final class VariableScanner {
  private static final int NONE = 0;
  private static final int STREAM = 1;
  private static final int STREAM_MAP = 2;
  private static final int CANON = 3;
  private static final int CANON_STREAM = 4;
  private static final int CANON_STREAM_MAP = 5;

  private final Lexer lx;
  private char[] src;
  private int tag;
  private boolean nonNumeric;
  private boolean digitMet;
  private int dotIndex;
  private int dotRel;
  private int dotCp;
  private boolean bareMapSigil;
  private int byteLen;

  VariableScanner(Lexer lx) {
    this.lx = lx;
  }

  void scan(char[] source, int s, int e, int cps) {
    this.src = source;
    tag = NONE;
    nonNumeric = false;
    digitMet = false;
    dotIndex = -1;
    bareMapSigil = false;
    byteLen = lx.tokByteLen;
    int rel = 0;
    int cpIdx = 0;
    for (int i = s; i < e; ) {
      int cp = Character.codePointAt(src, i);
      int w = CharClass.utf8Length(cp);
      if (!step(cp, i, i == s, rel, cpIdx, w)) {
        return;
      }
      i += Character.charCount(cp);
      rel += w;
      cpIdx++;
    }
    finish(s, e);
  }

  private boolean step(int cp, int i, boolean first, int rel, int cpIdx, int w) {
    if (!nonNumeric) {
      if (first && (cp == '-' || cp == '+')) {
        return true;
      }
      if (CharClass.isNumeric(cp)) {
        digitMet = true;
        return true;
      }
      if (dotIndex < 0 && cp == '.') {
        if (rel == 0 || !digitMet) {
          return error(DiagnosticCode.LEADING_DOT, rel, cpIdx, w, "leading dot without any symbols"
              + " before - please write 0 if it's float or variable name if it's a lambda");
        }
        markDot(i, rel, cpIdx);
        return true;
      }
      if (dotIndex >= 0) {
        return error(DiagnosticCode.INVALID_NUMBER, rel, cpIdx, w,
            "a digit could contain only digits or one dot");
      }
      nonNumeric = true;
    }
    return variableStep(cp, i, rel, cpIdx, w);
  }

  private boolean variableStep(int cp, int i, int rel, int cpIdx, int w) {
    int canonTag = cp == '%' ? CANON_STREAM_MAP : (cp == '$' && tag == CANON ? CANON_STREAM : tag);
    if (rel == 1 && (canonTag == CANON_STREAM || canonTag == CANON_STREAM_MAP)) {
      if (byteLen == 2) {
        return error(DiagnosticCode.EMPTY_CANON_NAME, rel, cpIdx, w,
            "a canon name should be non empty");
      }
      bareMapSigil = canonTag == CANON_STREAM_MAP && tag != CANON;
      tag = canonTag;
      return true;
    }
    if (rel == 0 && (cp == '$' || cp == '#' || cp == '%')) {
      if (byteLen == 1) {
        return error(DiagnosticCode.EMPTY_TAGGED_NAME, rel, cpIdx, w,
            "a tagged name should be non empty");
      }
      tag = cp == '$' ? STREAM : (cp == '#' ? CANON : STREAM_MAP);
      return true;
    }
    if (dotIndex < 0 && cp == '.') {
      if (tag != NONE && rel <= 2) {
        return error(DiagnosticCode.EMPTY_CANON_NAME, rel - 1, cpIdx - 1, 1,
            "a canon name should be non empty");
      }
      markDot(i, rel, cpIdx);
      return true;
    }
    if (dotIndex >= 0) {
      if (!CharClass.isLensAllowed(cp) && !(cp == '!' && rel == byteLen - 1)) {
        return error(DiagnosticCode.INVALID_LENS_CHAR, rel, cpIdx, w, "invalid character in lambda");
      }
      return true;
    }
    if (!CharClass.isAirAlphanumeric(cp)) {
      return error(DiagnosticCode.INVALID_NAME_CHAR, rel, cpIdx, w,
          "only alphanumeric, '_', and '-' characters are allowed in this position");
    }
    return true;
  }

  private void markDot(int i, int rel, int cpIdx) {
    dotIndex = i;
    dotRel = rel;
    dotCp = cpIdx;
  }

  private boolean error(DiagnosticCode code, int rel, int cpIdx, int w, String message) {
    lx.fail(code, new Span(lx.tokLine, lx.tokCol + cpIdx, lx.tokByte + rel, w), message);
    return false;
  }

  private void finish(int s, int e) {
    if (!nonNumeric) {
      NumberReader.read(lx, src, s, e, dotIndex >= 0);
      return;
    }
    if (bareMapSigil) {
      lx.fail(DiagnosticCode.INVALID_NAME_CHAR, lx.span(), "AquaVM 0.62 reads this word as a canon"
          + " stream map whose name keeps the '%' sigil in second position; airproof supports canon"
          + " stream maps only in the '#%name' form");
      return;
    }
    int nameEnd = dotIndex >= 0 ? dotIndex : e;
    int sigil = switch (tag) {
      case NONE -> 0;
      case STREAM, STREAM_MAP, CANON -> 1;
      default -> 2;
    };
    lx.text = new String(src, s + sigil, nameEnd - s - sigil);
    lx.legacy = tag == CANON;
    if (dotIndex < 0) {
      lx.kind = plainKind();
      return;
    }
    LensParser.Result r = LensParser.parse(src, dotIndex, e, lx.tokLine, lx.tokCol + dotCp,
        lx.tokByte + dotRel);
    if (r.error().isPresent()) {
      lx.lensFail(r.error().get(), lx.tokByte + dotRel, lx.tokCol + dotCp);
      return;
    }
    lx.lens = r.lens().get();
    lx.nameByteLen = dotRel;
    lx.kind = lensKind();
  }

  private TokenKind plainKind() {
    return switch (tag) {
      case NONE -> TokenKind.SCALAR;
      case STREAM -> TokenKind.STREAM;
      case STREAM_MAP -> TokenKind.STREAM_MAP;
      case CANON, CANON_STREAM -> TokenKind.CANON_STREAM;
      default -> TokenKind.CANON_STREAM_MAP;
    };
  }

  private TokenKind lensKind() {
    return switch (tag) {
      case NONE -> TokenKind.SCALAR_WITH_LAMBDA;
      case STREAM -> TokenKind.STREAM_WITH_LAMBDA;
      case STREAM_MAP -> TokenKind.STREAM_MAP_WITH_LAMBDA;
      case CANON, CANON_STREAM -> TokenKind.CANON_STREAM_WITH_LAMBDA;
      default -> TokenKind.CANON_STREAM_MAP_WITH_LAMBDA;
    };
  }
}
