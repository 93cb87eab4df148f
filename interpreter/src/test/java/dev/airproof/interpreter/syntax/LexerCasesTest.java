package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Value;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Word-level lexer behaviour, with the byte offsets of AquaVM 0.62's lexer tests
 * ({@code parser/lexer/tests.rs}): each word is placed as {@code (ap WORD x)} and the error offset is
 * checked relative to the word.
 */
class LexerCasesTest {
  record Case(String word, DiagnosticCode code, int offsetInWord) {}

  static List<Case> cases() {
    return List.of(
        new Case("#s$stream____asdasd", DiagnosticCode.INVALID_NAME_CHAR, 2),
        new Case("#s$stream____asdasd.length", DiagnosticCode.INVALID_NAME_CHAR, 2),
        new Case("#", DiagnosticCode.EMPTY_TAGGED_NAME, 0),
        new Case("#.length", DiagnosticCode.EMPTY_CANON_NAME, 0),
        new Case("#$.length", DiagnosticCode.EMPTY_CANON_NAME, 1),
        new Case("12345.$[$@[]():?.*,\"]", DiagnosticCode.INVALID_NUMBER, 6),
        new Case("+12345.$[$@[]():?.*,\"]", DiagnosticCode.INVALID_NUMBER, 7),
        new Case(".111", DiagnosticCode.LEADING_DOT, 0),
        new Case("+.1111", DiagnosticCode.LEADING_DOT, 1),
        new Case("val!ue.$[$@[]():?.*,\"\\]", DiagnosticCode.INVALID_NAME_CHAR, 3),
        new Case("value.$![$@[]():?.*,\"\\]", DiagnosticCode.INVALID_LENS_CHAR, 7),
        new Case("value.$%", DiagnosticCode.INVALID_LENS_CHAR, 7),
        new Case("+12345$[$@[]():?.*,\"!]", DiagnosticCode.INVALID_NAME_CHAR, 6),
        new Case("1231231564564545684564646515313546547682131",
            DiagnosticCode.NUMBER_OUT_OF_RANGE, 0),
        new Case("10000000000000000000000000000001.1231564564545684564646515313546547682131",
            DiagnosticCode.FLOAT_TOO_LONG, 0),
        new Case("$s.length", DiagnosticCode.EMPTY_CANON_NAME, 1),
        new Case("%m.$.k", DiagnosticCode.EMPTY_CANON_NAME, 1),
        new Case("#%.$.k", DiagnosticCode.EMPTY_CANON_NAME, 1));
  }

  @TestFactory
  Stream<DynamicTest> wordErrors() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.word(), () -> {
      Rejected r = assertInstanceOf(Rejected.class, AirParser.parse("w.air", "(ap " + c.word()
          + " x)"));
      Diagnostic d = r.diagnostics().get(0);
      assertEquals(c.code(), d.code(), d.toString());
      assertEquals(4 + c.offsetInWord(), d.span().offset(), d.toString());
    }));
  }

  private static Value argument(String word) {
    ParseResult r = AirParser.parse("w.air", "(seq (call \"p\" (\"s\" \"f\") [] " + word + ") (ap "
        + word + " y))");
    if (r instanceof Rejected rej) {
      throw new AssertionError(rej.toString());
    }
    Ap ap = (Ap) ((dev.airproof.interpreter.ast.Seq) ((Parsed) r).root()).right();
    return ap.argument();
  }

  @Test
  void wordsThatAreNamesOrNumbers() {
    assertEquals("true1", ((ScalarRef) argument("true1")).name());
    assertEquals("1e5", ((ScalarRef) argument("1e5")).name());
    assertEquals("+x", ((ScalarRef) argument("+x")).name());
    assertEquals("-x-", ((ScalarRef) argument("-x-")).name());
    Ap ap = (Ap) ((Parsed) AirParser.parse("w.air", "(ap +123.123 y)")).root();
    assertEquals(123.123, ((FloatLiteral) ap.argument()).value());
    ap = (Ap) ((Parsed) AirParser.parse("w.air", "(ap 1. y)")).root();
    assertEquals(1.0, ((FloatLiteral) ap.argument()).value());
    ap = (Ap) ((Parsed) AirParser.parse("w.air", "(ap -9223372036854775808 y)")).root();
    assertEquals(Long.MIN_VALUE, ((IntLiteral) ap.argument()).value());
    ap = (Ap) ((Parsed) AirParser.parse("w.air", "(ap false y)")).root();
    assertEquals(false, ((BoolLiteral) ap.argument()).value());
  }

  @Test
  void bracketsInsideAWordDoNotEndIt() {
    // AquaVM keeps "(" and "[" inside a word and ends it at an unbalanced ")" or "]".
    Rejected r = assertInstanceOf(Rejected.class, AirParser.parse("w.air", "(ap x(y) z)"));
    assertEquals(DiagnosticCode.INVALID_NAME_CHAR, r.diagnostics().get(0).code());
    assertEquals(5, r.diagnostics().get(0).span().offset());
  }
}
