package dev.airproof.interpreter.syntax;

import static dev.airproof.interpreter.syntax.TokenKind.*;

import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailArgument;
import dev.airproof.interpreter.ast.FailError;
import dev.airproof.interpreter.ast.FailLastError;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.Value;

/** Readers of fail and next (see {@link Instructions}). */
final class MoreInstructions {
  private MoreInstructions() {}

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
