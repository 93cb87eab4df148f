package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Mutable, single use; the recursive-descent core shared by the instruction readers: token
 * handling, nesting depth, syntax errors and error recovery.
 *
 * <p>Error recovery reproduces LALRPOP's, which AquaVM 0.62 uses through the {@code !} alternative
 * of {@code Instr}: on a syntax error, the innermost enclosing "instruction slot" (a place where an
 * instruction is expected: a child of seq/par/xor/new/match/mismatch/fold, the optional last
 * instruction of a fold, or the whole script) after which the current token can follow is chosen,
 * the instruction being read there is replaced by an error, and reading resumes; when no slot
 * accepts the token, the token is dropped. Lexer errors, tokens outside the grammar and nesting
 * deeper than {@link AirParser#MAX_NESTING} are fatal: they are then the only diagnostic, as in
 * AquaVM. Validator events are emitted when an instruction's {@code )} is read (LR reduction order).
 */
class Parser {
  /** Identity sentinel standing for an instruction replaced by error recovery. */
  static final Instruction ERROR = new Null(Span.NONE);

  final Lexer lx;
  final Validator validator = new Validator();
  private final List<Diagnostic> errors = new ArrayList<>();
  private Diagnostic fatal;
  int depth;
  private final long[] slotMask = new long[AirParser.MAX_NESTING + 2];
  private final boolean[] slotOpen = new boolean[AirParser.MAX_NESTING + 2];
  private int recoverLevel = -1;

  Parser(char[] src) {
    this.lx = new Lexer(src);
  }

  /** Reads the whole script. */
  final ParseResult run() {
    advance();
    if (fatal != null) {
      return new Rejected(List.of(fatal));
    }
    if (lx.kind == TokenKind.EOF) {
      return new Rejected(List.of(new Diagnostic(DiagnosticCode.EMPTY_SCRIPT, lx.span(),
          "the script is empty: expected \"(\"", Expect.names(Expect.OPEN))));
    }
    slotOpen[0] = true;
    slotMask[0] = Expect.END;
    Instruction root = instruction(0);
    if (root == null && recoverLevel == 0) {
      recoverLevel = -1;
      root = ERROR;
    } else if (root != null && fatal == null && lx.kind != TokenKind.EOF) {
      extraToken();
    }
    if (fatal != null) {
      return new Rejected(List.of(fatal));
    }
    errors.addAll(validator.finish());
    if (errors.isEmpty() && root != null && root != ERROR) {
      return new Parsed(root);
    }
    if (errors.isEmpty()) {
      throw new IllegalStateException("parser lost an error");
    }
    errors.sort(Comparator.comparingInt((Diagnostic d) -> d.span().offset())
        .thenComparingInt(d -> d.span().length()));
    return new Rejected(errors);
  }

  private void extraToken() {
    if (!lx.kind.isTerminal()) {
      fail(0);
      return;
    }
    errors.add(new Diagnostic(DiagnosticCode.EXTRA_TOKEN, lx.span(),
        "expected <nothing>: extra token after the end of the script", List.of()));
    recover(0);
    recoverLevel = -1;
  }

  /** Reads the next token; a lexer error becomes fatal. */
  final void advance() {
    lx.next();
    if (lx.kind == TokenKind.LEX_ERROR && fatal == null) {
      fatal = lx.error;
    }
  }

  final boolean at(TokenKind k) {
    return lx.kind == k;
  }

  final boolean in(long mask) {
    return (mask & lx.kind.bit()) != 0;
  }

  /**
   * Reads an instruction in the currently open slot; {@code extraExpected} adds to {@code "("} in
   * the error message (for the optional last instruction of fold). Returns null on an error that
   * is recovered outside of this instruction.
   */
  final Instruction instruction(long extraExpected) {
    if (!at(TokenKind.LPAREN)) {
      return fail(Expect.OPEN | extraExpected);
    }
    if (depth >= AirParser.MAX_NESTING) {
      if (fatal == null) {
        fatal = new Diagnostic(DiagnosticCode.NESTING_TOO_DEEP, lx.span(),
            "nesting deeper than " + AirParser.MAX_NESTING + " instructions", List.of());
      }
      recoverLevel = -2;
      return null;
    }
    int line = lx.tokLine;
    int col = lx.tokCol;
    int offset = lx.tokByte;
    advance();
    depth++;
    slotOpen[depth] = false;
    Instruction result = Instructions.body(this, line, col, offset);
    depth--;
    return result;
  }

  /**
   * Reads a child instruction of the current instruction; {@code acceptAfter} is the set of tokens
   * that may follow it (used by error recovery). Returns {@link #ERROR} when the child was replaced
   * by recovery, null when recovery continues outside.
   */
  final Instruction child(long acceptAfter, long extraExpected) {
    slotOpen[depth] = true;
    slotMask[depth] = acceptAfter;
    Instruction r = instruction(extraExpected);
    slotOpen[depth] = false;
    if (r != null) {
      return r;
    }
    if (recoverLevel == depth) {
      recoverLevel = -1;
      return ERROR;
    }
    return null;
  }

  /** Reads the closing parenthesis of an instruction opened at line:col/offset; null on error. */
  final Span close(int line, int col, int offset, long alsoExpected) {
    if (!at(TokenKind.RPAREN)) {
      return fail(Expect.CLOSE | alsoExpected);
    }
    Span span = new Span(line, col, offset, lx.tokByte + 1 - offset);
    advance();
    return span;
  }

  /** Reports the current token as unexpected and starts error recovery; always returns null. */
  final <T> T fail(long expected) {
    if (fatal != null) {
      recoverLevel = -2;
      return null;
    }
    List<String> names = Expect.names(expected);
    if (!lx.kind.isTerminal() && lx.kind != TokenKind.EOF) {
      fatal = new Diagnostic(DiagnosticCode.UNRECOGNIZED_TOKEN, lx.span(),
          Expect.message(names), names);
      recoverLevel = -2;
      return null;
    }
    if (at(TokenKind.EOF)) {
      errors.add(new Diagnostic(DiagnosticCode.UNEXPECTED_EOF, eofSpan(), Expect.message(names),
          names));
    } else {
      errors.add(new Diagnostic(DiagnosticCode.UNRECOGNIZED_TOKEN, lx.span(),
          Expect.message(names), names));
    }
    recover(expected);
    return null;
  }

  /** Where AquaVM places an unexpected end of input: just after the last token. */
  private Span eofSpan() {
    int total = lx.tokByte;
    int length = lx.lastEndByte < total ? 1 : 0;
    return new Span(lx.lastEndLine, lx.lastEndCol, lx.lastEndByte, length);
  }

  private void recover(long expected) {
    while (true) {
      long bit = lx.kind.bit();
      for (int level = depth; level >= 0; level--) {
        if (slotOpen[level] && (slotMask[level] & bit) != 0) {
          recoverLevel = level;
          return;
        }
      }
      advance();
      if (fatal != null) {
        recoverLevel = -2;
        return;
      }
      if (!lx.kind.isTerminal() && lx.kind != TokenKind.EOF) {
        List<String> names = Expect.names(expected);
        fatal = new Diagnostic(DiagnosticCode.UNRECOGNIZED_TOKEN, lx.span(),
            Expect.message(names), names);
        recoverLevel = -2;
        return;
      }
    }
  }
}
