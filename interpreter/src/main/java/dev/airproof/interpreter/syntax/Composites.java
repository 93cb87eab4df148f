package dev.airproof.interpreter.syntax;

import static dev.airproof.interpreter.syntax.TokenKind.*;

import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;

/**
 * Readers of the operands of the instructions with children (seq, par, xor, new, match, mismatch,
 * fold) up to their first child; the children are read by {@link Parser} through the returned
 * {@link Frame}. Each returns null after a syntax error.
 */
final class Composites {
  private Composites() {}

  static Frame head(Parser p, TokenKind k, int line, int col, int offset) {
    Frame f = new Frame(k, line, col, offset);
    return switch (k) {
      case NEW -> newName(p, f);
      case MATCH, MISMATCH -> operands(p, f);
      case FOLD -> fold(p, f);
      default -> f;
    };
  }

  private static Frame newName(Parser p, Frame f) {
    if (!p.in(Expect.NEW_ARGUMENT)) {
      return p.fail(Expect.NEW_ARGUMENT);
    }
    Lexer lx = p.lx;
    f.name = switch (lx.kind) {
      case SCALAR -> new ScalarName(lx.text, lx.span());
      case STREAM -> new StreamName(lx.text, lx.span());
      case STREAM_MAP -> new StreamMapName(lx.text, lx.span());
      case CANON_STREAM -> new CanonStreamName(lx.text, lx.legacy, lx.span());
      default -> new CanonStreamMapName(lx.text, lx.span());
    };
    p.advance();
    return f;
  }

  private static Frame operands(Parser p, Frame f) {
    f.left = Values.read(p, Expect.VALUE);
    if (f.left == null) {
      return null;
    }
    f.right = Values.read(p, Expect.VALUE);
    return f.right == null ? null : f;
  }

  private static Frame fold(Parser p, Frame f) {
    Lexer lx = p.lx;
    if (p.at(STREAM)) {
      f.name = new StreamName(lx.text, lx.span());
      p.advance();
    } else if (p.at(STREAM_MAP)) {
      f.name = new StreamMapName(lx.text, lx.span());
      p.advance();
    } else if (!p.in(Expect.FOLD_ITERABLE)) {
      return p.fail(Expect.FOLD_ITERABLE);
    } else {
      f.left = Values.read(p, Expect.FOLD_ITERABLE);
      if (f.left == null) {
        return null;
      }
    }
    if (!p.at(SCALAR)) {
      return p.fail(SCALAR.bit());
    }
    f.iterator = new ScalarName(lx.text, lx.span());
    p.advance();
    return f;
  }
}
