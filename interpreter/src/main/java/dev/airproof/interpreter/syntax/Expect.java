package dev.airproof.interpreter.syntax;

import static dev.airproof.interpreter.syntax.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The sets of tokens each position of the AIR grammar accepts (bit masks over {@link TokenKind}),
 * and their rendering as AquaVM/LALRPOP expected-token lists.
 */
final class Expect {
  private Expect() {}

  static final long OPEN = LPAREN.bit();
  static final long CLOSE = RPAREN.bit();
  static final long END = EOF.bit();
  static final long OPEN_OR_CLOSE = OPEN | CLOSE;
  static final long KEYWORDS = AP.bit() | CALL.bit() | CANON.bit() | FAIL.bit() | FOLD.bit()
      | MATCH.bit() | MISMATCH.bit() | NEVER.bit() | NEW.bit() | NEXT.bit() | NULL.bit()
      | PAR.bit() | SEQ.bit() | XOR.bit();
  /** {@code Value} of the grammar: call arguments and match operands. */
  static final long VALUE = LBRACKET.bit() | BOOLEAN.bit() | CANON_STREAM.bit()
      | CANON_STREAM_MAP.bit() | CANON_STREAM_MAP_WITH_LAMBDA.bit()
      | CANON_STREAM_WITH_LAMBDA.bit() | ERROR.bit() | ERROR_WITH_LAMBDA.bit() | F64.bit()
      | I64.bit() | INIT_PEER_ID.bit() | LAST_ERROR.bit() | LAST_ERROR_WITH_LAMBDA.bit()
      | LITERAL.bit() | SCALAR.bit() | SCALAR_WITH_LAMBDA.bit() | TTL.bit() | TIMESTAMP.bit();
  /** {@code ApArgument}: a value, but not a bare canon stream map. */
  static final long AP_ARGUMENT = VALUE & ~CANON_STREAM_MAP.bit();
  /** {@code ResolvableToStringVariable}: service and function of a call. */
  static final long STRING_RESOLVABLE = CANON_STREAM_MAP_WITH_LAMBDA.bit()
      | CANON_STREAM_WITH_LAMBDA.bit() | LITERAL.bit() | SCALAR.bit() | SCALAR_WITH_LAMBDA.bit();
  /** {@code ResolvableToPeerIdVariable}: peer of a call or canon. */
  static final long PEER = STRING_RESOLVABLE | INIT_PEER_ID.bit();
  static final long MAP_KEY = CANON_STREAM_WITH_LAMBDA.bit() | I64.bit() | LITERAL.bit()
      | SCALAR.bit() | SCALAR_WITH_LAMBDA.bit();
  static final long FAIL_BODY = CANON_STREAM_WITH_LAMBDA.bit() | ERROR.bit() | I64.bit()
      | LAST_ERROR.bit() | SCALAR.bit() | SCALAR_WITH_LAMBDA.bit();
  static final long FOLD_ITERABLE = LBRACKET.bit() | CANON_STREAM.bit() | CANON_STREAM_MAP.bit()
      | CANON_STREAM_MAP_WITH_LAMBDA.bit() | SCALAR.bit() | SCALAR_WITH_LAMBDA.bit()
      | STREAM.bit() | STREAM_MAP.bit();
  static final long NEW_ARGUMENT = CANON_STREAM.bit() | CANON_STREAM_MAP.bit() | SCALAR.bit()
      | STREAM.bit() | STREAM_MAP.bit();
  static final long CALL_OUTPUT = SCALAR.bit() | STREAM.bit();

  /** The grammar names of the terminals in {@code mask}, in LALRPOP's order. */
  static List<String> names(long mask) {
    List<String> out = new ArrayList<>();
    for (TokenKind k : TokenKind.values()) {
      if (k.isTerminal() && (mask & k.bit()) != 0) {
        out.add(k.grammarName());
      }
    }
    return out;
  }

  /** AquaVM's label text: {@code expected A or B}, or {@code expected <nothing>}. */
  static String message(List<String> names) {
    return names.isEmpty() ? "expected <nothing>" : "expected " + String.join(" or ", names);
  }
}
