package dev.airproof.interpreter.syntax;

import static dev.airproof.interpreter.syntax.TokenKind.*;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.ApTarget;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.CallOutput;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Readers of the leaf instructions of {@code air.lalrpop} (AquaVM 0.62) after their keyword; each
 * returns the instruction, or null after a syntax error. fail and next are in
 * {@link MoreInstructions}, instructions with children in {@link Composites}.
 */
final class Instructions {
  private Instructions() {}

  /** Reads a leaf instruction whose {@code (} and keyword {@code k} were consumed. */
  static Instruction leaf(Parser p, TokenKind k, int line, int col, int offset) {
    return switch (k) {
      case CALL -> call(p, line, col, offset);
      case CANON -> canon(p, line, col, offset);
      case AP -> ap(p, line, col, offset);
      case NEVER, NULL -> simple(p, k, line, col, offset);
      case FAIL -> MoreInstructions.fail(p, line, col, offset);
      case NEXT -> MoreInstructions.next(p, line, col, offset);
      default -> throw new IllegalStateException("not a leaf instruction: " + k);
    };
  }

  private static Instruction call(Parser p, int line, int col, int offset) {
    Value peer = Values.read(p, Expect.PEER);
    if (peer == null || !expect(p, LPAREN)) {
      return null;
    }
    Value service = Values.read(p, Expect.STRING_RESOLVABLE);
    if (service == null) {
      return null;
    }
    Value function = Values.read(p, Expect.STRING_RESOLVABLE);
    if (function == null || !expect(p, RPAREN) || !expect(p, LBRACKET)) {
      return null;
    }
    List<Value> args = arguments(p);
    if (args == null) {
      return null;
    }
    Optional<CallOutput> output = Optional.empty();
    if (p.at(SCALAR)) {
      output = Optional.of(new ScalarName(p.lx.text, p.lx.span()));
      p.advance();
    } else if (p.at(STREAM)) {
      output = Optional.of(new StreamName(p.lx.text, p.lx.span()));
      p.advance();
    }
    Span span = p.close(line, col, offset, output.isEmpty() ? Expect.CALL_OUTPUT : 0);
    if (span == null) {
      return null;
    }
    Call call = new Call(peer, service, function, args, output, span);
    p.validator.metCall(call);
    return call;
  }

  /** Reads call arguments up to and including {@code ]}; null after a syntax error. */
  private static List<Value> arguments(Parser p) {
    List<Value> args = new ArrayList<>();
    while (p.in(Expect.VALUE)) {
      Value arg = Values.read(p, Expect.VALUE);
      if (arg == null) {
        return null;
      }
      args.add(arg);
    }
    if (!p.at(RBRACKET)) {
      return p.fail(Expect.VALUE | RBRACKET.bit());
    }
    p.advance();
    return args;
  }

  private static Instruction canon(Parser p, int line, int col, int offset) {
    Value peer = Values.read(p, Expect.PEER);
    if (peer == null) {
      return null;
    }
    if (p.at(STREAM)) {
      return canonStream(p, peer, line, col, offset);
    }
    if (!p.at(STREAM_MAP)) {
      return p.fail(STREAM.bit() | STREAM_MAP.bit());
    }
    Lexer lx = p.lx;
    StreamMapName map = new StreamMapName(lx.text, lx.span());
    p.advance();
    if (p.at(CANON_STREAM_MAP)) {
      CanonStreamMapName canon = new CanonStreamMapName(lx.text, lx.span());
      p.advance();
      Span span = p.close(line, col, offset, 0);
      if (span == null) {
        return null;
      }
      p.validator.metCanon(canon.text(), span);
      return new CanonMap(peer, map, canon, span);
    }
    if (!p.at(SCALAR)) {
      return p.fail(CANON_STREAM_MAP.bit() | SCALAR.bit());
    }
    ScalarName scalar = new ScalarName(lx.text, lx.span());
    p.advance();
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    p.validator.metCanon(scalar.text(), span);
    return new CanonMapScalar(peer, map, scalar, span);
  }

  private static Instruction canonStream(Parser p, Value peer, int line, int col, int offset) {
    Lexer lx = p.lx;
    StreamName stream = new StreamName(lx.text, lx.span());
    p.advance();
    if (!p.at(CANON_STREAM)) {
      return p.fail(CANON_STREAM.bit());
    }
    CanonStreamName canon = new CanonStreamName(lx.text, lx.legacy, lx.span());
    p.advance();
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    p.validator.metCanon(canon.text(), span);
    return new Canon(peer, stream, canon, span);
  }

  private static Instruction ap(Parser p, int line, int col, int offset) {
    if (p.at(LPAREN)) {
      return apMap(p, line, col, offset);
    }
    if (!p.in(Expect.AP_ARGUMENT)) {
      return p.fail(Expect.AP_ARGUMENT | Expect.OPEN);
    }
    Value argument = Values.read(p, Expect.AP_ARGUMENT);
    if (argument == null) {
      return null;
    }
    Lexer lx = p.lx;
    ApTarget target;
    if (p.at(SCALAR)) {
      target = new ScalarName(lx.text, lx.span());
    } else if (p.at(STREAM)) {
      target = new StreamName(lx.text, lx.span());
    } else {
      return p.fail(Expect.CALL_OUTPUT);
    }
    p.advance();
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    Ap ap = new Ap(argument, target, span);
    p.validator.metAp(ap);
    return ap;
  }

  private static Instruction apMap(Parser p, int line, int col, int offset) {
    p.advance();
    Value key = Values.read(p, Expect.MAP_KEY);
    if (key == null) {
      return null;
    }
    Value value = Values.read(p, Expect.AP_ARGUMENT);
    if (value == null || !expect(p, RPAREN)) {
      return null;
    }
    if (!p.at(STREAM_MAP)) {
      return p.fail(STREAM_MAP.bit());
    }
    StreamMapName map = new StreamMapName(p.lx.text, p.lx.span());
    p.advance();
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    ApMap apMap = new ApMap(key, value, map, span);
    p.validator.metApMap(apMap);
    return apMap;
  }

  private static Instruction simple(Parser p, TokenKind k, int line, int col, int offset) {
    Span span = p.close(line, col, offset, 0);
    if (span == null) {
      return null;
    }
    p.validator.metSimple(span);
    return k == NEVER ? new Never(span) : new Null(span);
  }

  /** Consumes a token of kind {@code k}, or reports a syntax error and returns false. */
  static boolean expect(Parser p, TokenKind k) {
    if (!p.at(k)) {
      p.fail(k.bit());
      return false;
    }
    p.advance();
    return true;
  }
}
