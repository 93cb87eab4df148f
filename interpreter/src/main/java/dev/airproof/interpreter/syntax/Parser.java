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
 * <p>Instructions with children are kept on an explicit {@link Frame} stack, so that nesting up to
 * {@link AirParser#MAX_NESTING} costs no thread stack.
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
final class Parser {
  /** Identity sentinel standing for an instruction replaced by error recovery. */
  static final Instruction ERROR = new Null(Span.NONE);
  /** Identity sentinel: read (another) child instruction into the open slot. */
  private static final Instruction MORE = new Null(Span.NONE);

  final Lexer lx;
  final Validator validator = new Validator();
  private final List<Diagnostic> errors = new ArrayList<>();
  private Diagnostic fatal;
  /** Number of open composite instructions (frames). */
  int depth;
  private final Frame[] frames = new Frame[AirParser.MAX_NESTING + 1];
  /** Tokens besides {@code (} that the next instruction slot accepts (fold's optional last). */
  private long pendingExtra;
  private final long[] slotMask = new long[AirParser.MAX_NESTING + 2];
  private final boolean[] slotOpen = new boolean[AirParser.MAX_NESTING + 2];
  private int recoverLevel = -1;
  /** True iff the last token consumed was the {@code )} closing an instruction. */
  private boolean afterInstruction;
  /** Kind of the last token consumed, and the value family it was read in (0 if none). */
  private TokenKind lastKind = TokenKind.EOF;
  private long lastFamily;
  /** Value family of the token about to be consumed (set by {@link Values}). */
  long nextFamily;

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
      return new Rejected(List.of(new Diagnostic(DiagnosticCode.EMPTY_SCRIPT, new Span(1, 1, 0, 0),
          "the script is empty: expected \"(\"", Expect.names(Expect.OPEN))));
    }
    slotOpen[0] = true;
    slotMask[0] = Expect.END;
    Instruction root = tree();
    if (root != null && fatal == null && lx.kind != TokenKind.EOF) {
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
    List<String> names = Expect.names(aquaExpected(0));
    errors.add(new Diagnostic(DiagnosticCode.EXTRA_TOKEN, lx.span(),
        Expect.message(names) + " (extra token after the end of the script)", names));
    recover(0);
    recoverLevel = -1;
  }

  /** Reads the next token; a lexer error becomes fatal. */
  final void advance() {
    afterInstruction = false;
    lastKind = lx.kind;
    lastFamily = nextFamily;
    nextFamily = 0;
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
   * Reads the instruction of the root slot iteratively: composite instructions live on the
   * {@link Frame} stack. Returns the root, {@link #ERROR} when the root was replaced by recovery,
   * or null after a fatal problem.
   */
  private Instruction tree() {
    slotOpen[0] = true;
    slotMask[0] = Expect.END;
    Instruction done = start();
    while (true) {
      if (done == MORE) {
        done = start();
        continue;
      }
      if (done == null) {
        if (recoverLevel < 0) {
          return null;
        }
        while (depth > recoverLevel) {
          frames[--depth] = null;
        }
        recoverLevel = -1;
        done = ERROR;
      }
      if (depth == 0) {
        return done;
      }
      done = deliver(done);
    }
  }

  /** Reads an instruction into the open slot {@code depth}: a leaf, or pushes a frame. */
  private Instruction start() {
    long extra = pendingExtra;
    pendingExtra = 0;
    if (!at(TokenKind.LPAREN)) {
      return fail(Expect.OPEN | extra);
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
    if (!in(Expect.KEYWORDS)) {
      return fail(Expect.KEYWORDS);
    }
    TokenKind k = lx.kind;
    advance();
    return switch (k) {
      case SEQ, PAR, XOR, NEW, MATCH, MISMATCH, FOLD -> {
        Frame f = Composites.head(this, k, line, col, offset);
        if (f == null) {
          yield null;
        }
        frames[depth++] = f;
        openSlot(f);
        yield MORE;
      }
      default -> Instructions.leaf(this, k, line, col, offset);
    };
  }

  /** Gives a finished child to the innermost frame; returns the frame's instruction when done. */
  private Instruction deliver(Instruction child) {
    Frame f = frames[depth - 1];
    f.add(child);
    if (f.children < f.requiredChildren()) {
      openSlot(f);
      return MORE;
    }
    if (f.kind == TokenKind.FOLD && f.children == 1 && !at(TokenKind.RPAREN)) {
      openSlot(f);
      pendingExtra = Expect.CLOSE;
      return MORE;
    }
    slotOpen[depth] = false;
    Span span = close(f.line, f.col, f.offset, 0);
    if (span == null) {
      return null;
    }
    Instruction built = f.build(validator, span);
    frames[--depth] = null;
    return built;
  }

  private void openSlot(Frame f) {
    slotOpen[depth] = true;
    slotMask[depth] = f.acceptAfterChild();
  }

  /** Reads the closing parenthesis of an instruction opened at line:col/offset; null on error. */
  final Span close(int line, int col, int offset, long alsoExpected) {
    if (!at(TokenKind.RPAREN)) {
      return fail(Expect.CLOSE | alsoExpected);
    }
    Span span = new Span(line, col, offset, lx.tokByte + 1 - offset);
    advance();
    afterInstruction = true;
    return span;
  }

  /** Reports the current token as unexpected and starts error recovery; always returns null. */
  final <T> T fail(long expected) {
    if (fatal != null) {
      recoverLevel = -2;
      return null;
    }
    List<String> names = Expect.names(aquaExpected(expected));
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

  /**
   * The expected list AquaVM prints. Its LALR automaton reduces a finished instruction only on
   * {@code (}, {@code )} or the end of input (one merged state for every context), so any other
   * token right after an instruction's {@code )} is reported with {@code "(" or ")"}; after a value
   * operand see {@link AquaRows}. Elsewhere the exact set of valid tokens is reported.
   */
  private long aquaExpected(long exact) {
    if (afterInstruction && !in(Expect.OPEN_OR_CLOSE | Expect.END)) {
      return Expect.OPEN_OR_CLOSE;
    }
    for (long row : AquaRows.chain(lastFamily, lastKind)) {
      if (!in(row)) {
        return row;
      }
    }
    return exact;
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
