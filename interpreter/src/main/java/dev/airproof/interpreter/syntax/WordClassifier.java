package dev.airproof.interpreter.syntax;

/**
 * Mutable helper of {@link Lexer}; turns a word (a token that is not a bracket or a string literal)
 * into a keyword, a special value, a number or a variable, with exactly the checks and error
 * positions of AquaVM 0.62 ({@code air_lexer.rs::string_to_token},
 * {@code call_variable_parser.rs}).
 */
final class WordClassifier {
  private static final String[] KEYWORDS = {
    "ap", "call", "canon", "fail", "fold", "match", "mismatch", "never", "new", "next", "null",
    "par", "seq", "xor", "true", "false", "%init_peer_id%", "%timestamp%", "%ttl%"
  };
  private static final TokenKind[] KEYWORD_KINDS = {
    TokenKind.AP, TokenKind.CALL, TokenKind.CANON, TokenKind.FAIL, TokenKind.FOLD, TokenKind.MATCH,
    TokenKind.MISMATCH, TokenKind.NEVER, TokenKind.NEW, TokenKind.NEXT, TokenKind.NULL,
    TokenKind.PAR, TokenKind.SEQ, TokenKind.XOR, TokenKind.BOOLEAN, TokenKind.BOOLEAN,
    TokenKind.INIT_PEER_ID, TokenKind.TIMESTAMP, TokenKind.TTL
  };
  private static final String ERROR = ":error:";
  private static final String LAST_ERROR = "%last_error%";

  private final Lexer lx;
  private final VariableScanner scanner;

  WordClassifier(Lexer lx) {
    this.lx = lx;
    this.scanner = new VariableScanner(lx);
  }

  void classify(char[] src, int s, int e, int cps) {
    if (keyword(src, s, e)) {
      return;
    }
    if (startsWith(src, s, e, ERROR)) {
      special(src, s, e, ERROR.length(), TokenKind.ERROR, TokenKind.ERROR_WITH_LAMBDA);
    } else if (startsWith(src, s, e, LAST_ERROR)) {
      special(src, s, e, LAST_ERROR.length(), TokenKind.LAST_ERROR,
          TokenKind.LAST_ERROR_WITH_LAMBDA);
    } else {
      scanner.scan(src, s, e, cps);
    }
  }

  private boolean keyword(char[] src, int s, int e) {
    int len = e - s;
    if (len < 2 || len > 14) {
      return false;
    }
    char first = src[s];
    for (int k = 0; k < KEYWORDS.length; k++) {
      String kw = KEYWORDS[k];
      if (kw.length() == len && kw.charAt(0) == first && startsWith(src, s, e, kw)) {
        lx.kind = KEYWORD_KINDS[k];
        lx.boolValue = k == 14;
        return true;
      }
    }
    return false;
  }

  private void special(char[] src, int s, int e, int prefix, TokenKind bare, TokenKind withLens) {
    if (e - s == prefix) {
      lx.kind = bare;
      return;
    }
    LensParser.Result r = LensParser.parse(src, s + prefix, e, lx.tokLine, lx.tokCol + prefix,
        lx.tokByte + prefix);
    if (r.error().isPresent()) {
      lx.lensFail(r.error().get(), lx.tokByte + prefix, lx.tokCol + prefix);
      return;
    }
    lx.kind = withLens;
    lx.lens = r.lens().get();
    lx.nameByteLen = prefix;
  }

  static boolean startsWith(char[] src, int s, int e, String text) {
    if (e - s < text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (src[s + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
