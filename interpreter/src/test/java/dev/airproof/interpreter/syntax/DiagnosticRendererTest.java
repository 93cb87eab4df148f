package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {
  private static Diagnostic at(int line, int col, int offset, int length) {
    return new Diagnostic(DiagnosticCode.UNDEFINED_VARIABLE, new Span(line, col, offset, length),
        "variable 'x' wasn't defined", List.of());
  }

  @Test
  void headerSourceLineAndCarets() {
    String text = "(seq (null)\n  (call \"p\" (\"s\" \"f\") [xy]))";
    Rejected r = (Rejected) AirParser.parse("s.air", text);
    assertEquals("s.air:2:24: error: variable 'xy' wasn't defined\n"
        + "  (call \"p\" (\"s\" \"f\") [xy]))\n"
        + "                       ^^", DiagnosticRenderer.render("s.air", text,
            r.diagnostics().get(0)));
  }

  @Test
  void tabsArePreservedAndNonAsciiCountsOneColumn() {
    String text = "\t(ap \"é\" x)";
    String out = DiagnosticRenderer.render("t.air", text, at(1, 11, 12, 1));
    assertEquals("t.air:1:11: error: variable 'x' wasn't defined\n\t(ap \"é\" x)\n\t         ^",
        out);
  }

  @Test
  void zeroLengthSpanGetsOneCaretAndEndOfLineIsAllowed() {
    String text = "(call \"p\" (\"s\" \"f\") []";
    Rejected r = (Rejected) AirParser.parse("e.air", text);
    String out = DiagnosticRenderer.render("e.air", text, r.diagnostics());
    assertEquals("e.air:1:23: error: expected \")\" or Scalar or Stream\n" + text + "\n"
        + " ".repeat(22) + "^", out);
  }

  @Test
  void longLinesAreShortenedAroundTheSpan() {
    String text = "(seq (null) ".repeat(20) + "(seq (ap missing y) " + "(seq (null) ".repeat(20)
        + "(null)" + ")".repeat(41);
    Rejected r = (Rejected) AirParser.parse("l.air", text);
    String[] lines = DiagnosticRenderer.render("l.air", text, r.diagnostics().get(0)).split("\n");
    assertTrue(lines[1].startsWith("…") && lines[1].endsWith("…"), lines[1]);
    assertTrue(lines[1].codePointCount(0, lines[1].length()) <= DiagnosticRenderer.WIDTH + 2);
    int caret = lines[2].indexOf('^');
    assertEquals("missing", lines[1].substring(caret, caret + 7));
    assertEquals("^^^^^^^", lines[2].substring(caret));
  }

  @Test
  void severalDiagnosticsAndCrlf() {
    String text = "(seq\r\n (call \"p\" (\"s\" \"f\") [a])\r\n (call \"p\" (\"s\" \"f\") [b]))";
    Rejected r = (Rejected) AirParser.parse("m.air", text);
    String out = DiagnosticRenderer.render("m.air", text, r.diagnostics());
    assertEquals("m.air:2:23: error: variable 'a' wasn't defined\n"
        + " (call \"p\" (\"s\" \"f\") [a])\n"
        + "                      ^\n"
        + "m.air:3:23: error: variable 'b' wasn't defined\n"
        + " (call \"p\" (\"s\" \"f\") [b]))\n"
        + "                      ^", out);
  }
}
