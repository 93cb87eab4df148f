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
 * <p>Expected-token lists are the exact sets of tokens valid at the error, as LALRPOP 0.20 computes
 * them from the whole state stack. Error recovery reproduces LALRPOP's, which AquaVM 0.62 uses
 * through the {@code !} alternative of {@code Instr}: the candidate places are the instruction
 * slots of the open instructions, innermost instruction first and, within one instruction, its
 * current child slot first and then its earlier ones (LALRPOP may pop back over children already
 * read), and finally the whole script. The first candidate after which the current token may follow
 * wins: the children from that slot on are replaced by one error instruction and reading resumes;
 * when no candidate accepts the token, the token is dropped. Lexer errors, tokens outside the
 * grammar and nesting deeper than {@link AirParser#MAX_NESTING} are fatal: they are then the only
 * diagnostic, as in AquaVM. Validator events are emitted when an instruction's {@code )} is read,
 * which is when LALRPOP reduces it (also before error recovery).
 */
final class Parser {
  /** Identity sentinel standing for an instruction replaced by error recovery. */
  static final Instruction ERROR = new Null(Span.NONE);
  /** Identity sentinel: read (another) child instruction into the top frame. */
  private static final Instruction MORE = new Null(Span.NONE);
  private static final int NO_RECOVERY = -2;
  private static final int ROOT = -1;

  final Lexer lx;
  final Validator validator = new Validator();
  private final List<Diagnostic> errors = new ArrayList<>();
  private Diagnostic fatal;
  /** Number of open composite instructions (frames). */
  private int depth;
  private final Frame[] frames = new Frame[AirParser.MAX_NESTING + 1];
  /** Tokens besides {@code (} that the next instruction slot accepts (fold's optional last). */
  private long pendingExtra;
  /** Where recovery resumes: a frame index and child slot, {@link #ROOT}, or none. */
  private int recoverFrame = NO_RECOVERY;
  private int recoverSlot;

  Parser(char[] src) {
    this.lx = new Lexer(src);
  }

  /** Reads the whole script. */
  ParseResult run() {
    advance();
    if (fatal != null) {
      return new Rejected(List.of(fatal));
    }
    if (lx.kind == TokenKind.EOF) {
      return new Rejected(List.of(new Diagnostic(DiagnosticCode.EMPTY_SCRIPT, new Span(1, 1, 0, 0),
          "the script is empty: expected \"(\"", Expect.names(Expect.OPEN))));
    }
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
    errors.add(new Diagnostic(DiagnosticCode.EXTRA_TOKEN, lx.span(),
        "expected <nothing> (extra token after the end of the script)", List.of()));
    recover(0);
  }

  /** Reads the next token; a lexer error becomes fatal. */
  void advance() {
    lx.next();
    if (lx.kind == TokenKind.LEX_ERROR && fatal == null) {
      fatal = lx.error;
    }
  }

  boolean at(TokenKind k) {
    return lx.kind == k;
  }

  boolean in(long mask) {
    return (mask & lx.kind.bit()) != 0;
  }

  /**
   * Reads the root instruction iteratively. Returns it, {@link #ERROR} when it was replaced by
   * recovery, or null after a fatal problem.
   */
  private Instruction tree() {
    Instruction done = start();
    while (true) {
      if (done == MORE) {
        done = start();
        continue;
      }
      if (done == null) {
        if (fatal != null) {
          return null;
        }
        int target = recoverFrame;
        recoverFrame = NO_RECOVERY;
        while (depth > target + 1) {
          frames[--depth] = null;
        }
        if (target == ROOT) {
          return ERROR;
        }
        frames[depth - 1].truncate(recoverSlot);
        done = ERROR;
      }
      if (depth == 0) {
        return done;
      }
      done = deliver(done);
    }
  }

  /** Reads an instruction into the current slot: a leaf, or pushes a frame. */
  private Instruction start() {
    long extra = pendingExtra;
    pendingExtra = 0;
    if (!at(TokenKind.LPAREN)) {
      return fail(Expect.OPEN | extra);
    }
    if (depth >= AirParser.MAX_NESTING) {
      fatal = new Diagnostic(DiagnosticCode.NESTING_TOO_DEEP, lx.span(),
          "nesting deeper than " + AirParser.MAX_NESTING + " instructions", List.of());
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
      return MORE;
    }
    if (f.kind == TokenKind.FOLD && f.children == 1 && !at(TokenKind.RPAREN)) {
      pendingExtra = Expect.CLOSE;
      return MORE;
    }
    f.closing = true;
    Span span = close(f.line, f.col, f.offset, 0);
    if (span == null) {
      return null;
    }
    Instruction built = f.build(validator, span);
    frames[--depth] = null;
    return built;
  }

  /** Reads the closing parenthesis of an instruction opened at line:col/offset; null on error. */
  Span close(int line, int col, int offset, long alsoExpected) {
    if (!at(TokenKind.RPAREN)) {
      return fail(Expect.CLOSE | alsoExpected);
    }
    Span span = new Span(line, col, offset, lx.tokByte + 1 - offset);
    advance();
    return span;
  }

  /** Reports the current token as unexpected and starts error recovery; always returns null. */
  <T> T fail(long expected) {
    if (fatal != null) {
      return null;
    }
    List<String> names = Expect.names(expected);
    if (!lx.kind.isTerminal() && lx.kind != TokenKind.EOF) {
      fatal = new Diagnostic(DiagnosticCode.UNRECOGNIZED_TOKEN, lx.span(),
          Expect.message(names), names);
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
    int length = lx.lastEndByte < lx.tokByte ? 1 : 0;
    return new Span(lx.lastEndLine, lx.lastEndCol, lx.lastEndByte, length);
  }

  /** Finds where to resume (see the class comment), dropping tokens as needed. */
  private void recover(long expected) {
    while (true) {
      long bit = lx.kind.bit();
      for (int i = depth - 1; i >= 0; i--) {
        Frame f = frames[i];
        for (int slot = f.closing ? f.children - 1 : f.children; slot >= 0; slot--) {
          if ((f.acceptAfter(slot) & bit) != 0) {
            recoverFrame = i;
            recoverSlot = slot;
            return;
          }
        }
      }
      if (at(TokenKind.EOF)) {
        recoverFrame = ROOT;
        return;
      }
      advance();
      if (fatal != null) {
        return;
      }
      if (!lx.kind.isTerminal() && lx.kind != TokenKind.EOF) {
        List<String> names = Expect.names(expected);
        fatal = new Diagnostic(DiagnosticCode.UNRECOGNIZED_TOKEN, lx.span(),
            Expect.message(names), names);
        return;
      }
    }
  }
}
