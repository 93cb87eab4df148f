package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.ErrorValue;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LastError;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import java.util.Optional;

/** Reads value operands ({@code Value}, {@code ApArgument}, peer ids, map keys...) from tokens. */
final class Values {
  private Values() {}

  /** Reads one value whose token kind is in {@code mask}; null after a syntax error. */
  static Value read(Parser p, long mask) {
    if (!p.in(mask)) {
      return p.fail(mask);
    }
    Lexer lx = p.lx;
    if (p.at(TokenKind.LBRACKET)) {
      int line = lx.tokLine;
      int col = lx.tokCol;
      int offset = lx.tokByte;
      p.advance();
      if (!p.at(TokenKind.RBRACKET)) {
        return p.fail(TokenKind.RBRACKET.bit());
      }
      Span span = new Span(line, col, offset, lx.tokByte + 1 - offset);
      p.advance();
      return new EmptyArray(span);
    }
    Value v = fromToken(lx);
    p.advance();
    return v;
  }

  private static Value fromToken(Lexer lx) {
    Span span = lx.span();
    Optional<Lens> lens = Optional.ofNullable(lx.lens);
    return switch (lx.kind) {
      case INIT_PEER_ID -> new InitPeerId(span);
      case TIMESTAMP -> new Timestamp(span);
      case TTL -> new Ttl(span);
      case LAST_ERROR, LAST_ERROR_WITH_LAMBDA -> new LastError(lens, span);
      case ERROR, ERROR_WITH_LAMBDA -> new ErrorValue(lens, span);
      case LITERAL -> new StringLiteral(lx.text, span);
      case I64 -> new IntLiteral(lx.longValue, span);
      case F64 -> new FloatLiteral(lx.doubleValue, span);
      case BOOLEAN -> new BoolLiteral(lx.boolValue, span);
      case SCALAR, SCALAR_WITH_LAMBDA -> new ScalarRef(lx.text, lens, span);
      case CANON_STREAM, CANON_STREAM_WITH_LAMBDA ->
          new CanonStreamRef(lx.text, lx.legacy, lens, span);
      case CANON_STREAM_MAP, CANON_STREAM_MAP_WITH_LAMBDA ->
          new CanonStreamMapRef(lx.text, lens, span);
      default -> throw new IllegalStateException("not a value token: " + lx.kind);
    };
  }
}
