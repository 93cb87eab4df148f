package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.StringLiteral;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Inputs that must never make the parser throw or overflow its stack. */
class RobustnessTest {
  private static Diagnostic only(ParseResult r) {
    Rejected rejected = assertInstanceOf(Rejected.class, r);
    assertEquals(1, rejected.diagnostics().size(), rejected.toString());
    return rejected.diagnostics().get(0);
  }

  private static void assertAt(Diagnostic d, DiagnosticCode code, int line, int column) {
    assertEquals(code, d.code(), d.toString());
    assertEquals(line + ":" + column, d.span().line() + ":" + d.span().column(), d.toString());
  }

  @Test
  void invalidUtf8IsReportedAtTheFirstBadByte() {
    byte[][] inputs = {
      {'(', 'n', 'u', 'l', 'l', ')', (byte) 0x80},
      {'(', '\n', ' ', (byte) 0xC3},
      {'"', (byte) 0xC3, (byte) 0xA9, (byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF5, 'x'},
      {(byte) 0xE2, (byte) 0x82},
    };
    int[][] expected = {{1, 7, 6}, {2, 2, 3}, {1, 3, 3}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}};
    for (int i = 0; i < inputs.length; i++) {
      Diagnostic d = only(AirParser.parse("bad.air", inputs[i]));
      assertAt(d, DiagnosticCode.INVALID_UTF8, expected[i][0], expected[i][1]);
      assertEquals(expected[i][2], d.span().offset());
    }
  }

  @Test
  void unpairedSurrogateInAStringIsInvalid() {
    Diagnostic d = only(AirParser.parse("bad.air", "(ap \"a\uD800b\" x)"));
    assertAt(d, DiagnosticCode.INVALID_UTF8, 1, 7);
  }

  @Test
  void emptyInputs() {
    assertAt(only(AirParser.parse("e.air", "")), DiagnosticCode.EMPTY_SCRIPT, 1, 1);
    assertAt(only(AirParser.parse("e.air", new byte[0])), DiagnosticCode.EMPTY_SCRIPT, 1, 1);
    assertAt(only(AirParser.parse("e.air", "  \n\t; nothing\n")), DiagnosticCode.EMPTY_SCRIPT,
        1, 1);
  }

  @Test
  void tenMegabytesOfOpenParentheses() {
    String text = "(".repeat(10 * 1024 * 1024);
    Diagnostic d = only(AirParser.parse("big.air", text));
    assertAt(d, DiagnosticCode.UNRECOGNIZED_TOKEN, 1, 2);
  }

  @Test
  void fiveMegabyteStringLiteral() {
    String literal = "x".repeat(5 * 1024 * 1024);
    ParseResult r = AirParser.parse("big.air", "(ap \"" + literal + "\" v)");
    Ap ap = (Ap) assertInstanceOf(Parsed.class, r).root();
    assertEquals(literal, ((StringLiteral) ap.argument()).value());
    Diagnostic unclosed = only(AirParser.parse("big.air", "(ap \"" + literal));
    assertAt(unclosed, DiagnosticCode.UNCLOSED_QUOTE, 1, 5);
  }

  @Test
  void deepNestingIsLimitedWithoutStackOverflow() throws InterruptedException {
    AtomicReference<Object> atLimit = new AtomicReference<>();
    AtomicReference<Object> overLimit = new AtomicReference<>();
    AtomicReference<Object> huge = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        atLimit.set(AirParser.parse("deep.air", nested(AirParser.MAX_NESTING)));
        overLimit.set(AirParser.parse("deep.air", nested(AirParser.MAX_NESTING + 1)));
        huge.set(AirParser.parse("deep.air", "(seq (null) ".repeat(1_000_000)));
      } catch (Throwable e) {
        atLimit.set(e);
      }
    }, "small-stack-parser", 512 * 1024);
    t.start();
    t.join();
    assertInstanceOf(Parsed.class, atLimit.get(), String.valueOf(atLimit.get()));
    Diagnostic d = only((ParseResult) overLimit.get());
    assertAt(d, DiagnosticCode.NESTING_TOO_DEEP, 1, 12 * (AirParser.MAX_NESTING - 1) + 6);
    assertEquals("nesting deeper than 1000 instructions", d.message());
    assertEquals(DiagnosticCode.NESTING_TOO_DEEP, only((ParseResult) huge.get()).code());
  }

  /** {@code depth} instructions nested: {@code (seq (null) (seq (null) ... (null)))}. */
  static String nested(int depth) {
    StringBuilder sb = new StringBuilder();
    sb.append("(seq (null) ".repeat(depth - 1)).append("(null)").append(")".repeat(depth - 1));
    return sb.toString();
  }

  @Test
  void bytesAndStringAgreeOnNonAsciiInput() {
    String text = "(call \"π\" (\"s\" \"f\") [y])";
    ParseResult fromString = AirParser.parse("u.air", text);
    assertEquals(fromString, AirParser.parse("u.air", text.getBytes(StandardCharsets.UTF_8)));
    Diagnostic d = only(fromString);
    assertEquals(22, d.span().column());
    assertEquals(22, d.span().offset());
    assertTrue(d.message().contains("'y'"));
  }
}
