package dev.airproof.interpreter.syntax;

import static dev.airproof.interpreter.syntax.TokenKind.*;

import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailArgument;
import dev.airproof.interpreter.ast.FailError;
import dev.airproof.interpreter.ast.FailLastError;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Name;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.Value;
import java.util.Optional;

/** Readers of new, fail, fold and next (see {@link Instructions}). */
final class MoreInstructions {
  private MoreInstructions() {}

  static Instruction newScope(Parser p, int line, int col, int offset) {
    if (!p.in(Expect.NEW_ARGUMENT)) {
      return p.fail(Expect.NEW_ARGUMENT);
    }
    Lexer lx = p.lx;
    Span nameSpan = lx.span();
    Name name = switch (lx.kind) {
      case SCALAR -> new ScalarName(lx.text, nameSpan);
      case STREAM -> new StreamName(lx.text, nameSpan);
      case STREAM_MAP -> new StreamMapName(lx.text, nameSpan);
      case CANON_STREAM -> new CanonStreamName(lx.text, lx.legacy, nameSpan);
      default -> new CanonStreamMapName(lx.text, nameSpan);
    };
    p.advance();
    Instruction body = p.child(Expect.CLOSE, 0);
    if (body == null) {
      return null;
    }
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    p.validator.metNew(name, span);
    return new New(name, body, span);
  }

  static Instruction fail(Parser p, int line, int col, int offset) {
    Lexer lx = p.lx;
    FailArgument argument;
    if (p.at(I64)) {
      long code = lx.longValue;
      Span codeSpan = lx.span();
      p.advance();
      if (!p.at(LITERAL)) {
        return p.fail(LITERAL.bit());
      }
      argument = new FailLiteral(code, lx.text, codeSpan.to(lx.span()));
      p.advance();
    } else if (p.at(LAST_ERROR)) {
      argument = new FailLastError(lx.span());
      p.advance();
    } else if (p.at(ERROR)) {
      argument = new FailError(lx.span());
      p.advance();
    } else {
      long mask = SCALAR.bit() | SCALAR_WITH_LAMBDA.bit() | CANON_STREAM_WITH_LAMBDA.bit();
      if (!p.in(mask)) {
        return p.fail(Expect.FAIL_BODY);
      }
      Value value = Values.read(p, mask);
      argument = new FailValue(value, value.span());
    }
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    p.validator.metFail(argument, span);
    return new Fail(argument, span);
  }

  static Instruction fold(Parser p, int line, int col, int offset) {
    Lexer lx = p.lx;
    Name streamLike = null;
    Value iterable = null;
    if (p.at(STREAM)) {
      streamLike = new StreamName(lx.text, lx.span());
      p.advance();
    } else if (p.at(STREAM_MAP)) {
      streamLike = new StreamMapName(lx.text, lx.span());
      p.advance();
    } else {
      iterable = Values.read(p, Expect.FOLD_ITERABLE & ~(STREAM.bit() | STREAM_MAP.bit()));
      if (iterable == null) {
        return null;
      }
    }
    if (!p.at(SCALAR)) {
      return p.fail(SCALAR.bit());
    }
    ScalarName iterator = new ScalarName(lx.text, lx.span());
    p.advance();
    Instruction body = p.child(Expect.OPEN_OR_CLOSE, 0);
    if (body == null) {
      return null;
    }
    Optional<Instruction> last = Optional.empty();
    if (!p.at(RPAREN)) {
      Instruction l = p.child(Expect.CLOSE, Expect.CLOSE);
      if (l == null) {
        return null;
      }
      last = Optional.of(l);
    }
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    return switch (streamLike) {
      case null -> {
        p.validator.metFoldScalar(iterable, iterator, last.isPresent(), span);
        yield new FoldScalar(iterable, iterator, body, last, span);
      }
      case StreamName s -> {
        p.validator.metFoldStream(s, iterator, last.isPresent(), span);
        yield new FoldStream(s, iterator, body, last, span);
      }
      case StreamMapName m -> {
        p.validator.metFoldStream(m, iterator, last.isPresent(), span);
        yield new FoldStreamMap(m, iterator, body, last, span);
      }
      default -> throw new IllegalStateException("fold over " + streamLike);
    };
  }

  static Instruction next(Parser p, int line, int col, int offset) {
    if (!p.at(SCALAR)) {
      return p.fail(SCALAR.bit());
    }
    ScalarName iterator = new ScalarName(p.lx.text, p.lx.span());
    p.advance();
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    p.validator.metNext(iterator.name(), span);
    return new Next(iterator, span);
  }
}
