package dev.airproof.interpreter.syntax;

import static dev.airproof.interpreter.syntax.TokenKind.RBRACKET;
import static dev.airproof.interpreter.syntax.TokenKind.SCALAR;
import static dev.airproof.interpreter.syntax.TokenKind.STREAM;
import static dev.airproof.interpreter.syntax.TokenKind.STREAM_MAP;

/**
 * Expected-token lists as AquaVM 0.62 prints them after a value operand. Its LALRPOP automaton
 * merges the states reached after a value token across contexts, and reduces on any token valid in
 * one of them before noticing the error, so the list printed depends on the bad token: walking the
 * rows of {@link #chain}, the first row that does not contain the bad token is printed; if every row
 * contains it, the exact list of the position is printed. Facts observed on the 0.62 grammar's
 * automaton, per family of value positions.
 */
final class AquaRows {
  private AquaRows() {}

  private static final long[] NONE = {};
  private static final long VALUE_ROW = Expect.VALUE | Expect.OPEN | RBRACKET.bit();
  private static final long NUMBER_ROW = VALUE_ROW | Expect.CLOSE | STREAM.bit();
  private static final long AP_ROW = Expect.CLOSE | SCALAR.bit() | STREAM.bit();
  private static final long[] PEER = {Expect.OPEN | STREAM.bit() | STREAM_MAP.bit()};
  private static final long[] STRING = {Expect.CLOSE | Expect.STRING_RESOLVABLE};
  private static final long[] VALUE = {VALUE_ROW};
  private static final long[] VALUE_NUMBER = {NUMBER_ROW, VALUE_ROW};
  private static final long[] AP = {AP_ROW};
  private static final long[] AP_NUMBER = {NUMBER_ROW, AP_ROW};

  /** The rows to walk after a token of kind {@code prev} read as a value of {@code family}. */
  static long[] chain(long family, TokenKind prev) {
    boolean number = prev == TokenKind.I64 || prev == TokenKind.F64;
    if (family == Expect.PEER) {
      return PEER;
    }
    if (family == Expect.STRING_RESOLVABLE) {
      return STRING;
    }
    if (family == Expect.VALUE) {
      return number ? VALUE_NUMBER : VALUE;
    }
    if (family == Expect.AP_ARGUMENT) {
      return number ? AP_NUMBER : AP;
    }
    return NONE;
  }
}
