package dev.airproof.interpreter.syntax;

/**
 * The kinds of AIR tokens. The first 37 constants are the terminals of AquaVM 0.62's grammar
 * ({@code air.lalrpop}) in the order LALRPOP lists them, so that expected-token lists read exactly
 * like AquaVM's ({@code expected ")" or Scalar or Stream}); the rest are tokens the lexer produces
 * but the grammar never accepts, the end of input and a lexer error.
 */
enum TokenKind {
  LPAREN("\"(\""),
  RPAREN("\")\""),
  LBRACKET("\"[\""),
  RBRACKET("\"]\""),
  BOOLEAN("Boolean"),
  CANON_STREAM("CanonStream"),
  CANON_STREAM_MAP("CanonStreamMap"),
  CANON_STREAM_MAP_WITH_LAMBDA("CanonStreamMapWithLambda"),
  CANON_STREAM_WITH_LAMBDA("CanonStreamWithLambda"),
  ERROR("Error"),
  ERROR_WITH_LAMBDA("ErrorWithLambda"),
  F64("F64"),
  I64("I64"),
  INIT_PEER_ID("InitPeerId"),
  LAST_ERROR("LastError"),
  LAST_ERROR_WITH_LAMBDA("LastErrorWithLambda"),
  LITERAL("Literal"),
  SCALAR("Scalar"),
  SCALAR_WITH_LAMBDA("ScalarWithLambda"),
  STREAM("Stream"),
  STREAM_MAP("StreamMap"),
  TTL("TTL"),
  TIMESTAMP("Timestamp"),
  AP("ap"),
  CALL("call"),
  CANON("canon"),
  FAIL("fail"),
  FOLD("fold"),
  MATCH("match_"),
  MISMATCH("mismatch"),
  NEVER("never"),
  NEW("new"),
  NEXT("next"),
  NULL("null"),
  PAR("par"),
  SEQ("seq"),
  XOR("xor"),
  // Tokens outside the grammar.
  STREAM_WITH_LAMBDA("StreamWithLambda"),
  STREAM_MAP_WITH_LAMBDA("StreamMapWithLambda"),
  EOF("EOF"),
  LEX_ERROR("error");

  private final String grammarName;

  TokenKind(String grammarName) {
    this.grammarName = grammarName;
  }

  /** The terminal's name as LALRPOP prints it in expected-token lists. */
  String grammarName() {
    return grammarName;
  }

  /** This kind as a one-bit mask. */
  long bit() {
    return 1L << ordinal();
  }

  /** True iff the grammar has this token as a terminal. */
  boolean isTerminal() {
    return ordinal() <= XOR.ordinal();
  }
}
