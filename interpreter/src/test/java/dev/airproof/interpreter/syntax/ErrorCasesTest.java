package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Table of rejected scripts ({@code syntax/errors.txt}): each case is a header
 * {@code ## CODE line:col message}, a line {@code # name}, then the script up to the next header.
 * The first diagnostic (by position) must have that code, position and message.
 */
class ErrorCasesTest {
  record Case(String name, DiagnosticCode code, int line, int column, String message,
      String source) {}

  static List<Case> cases() throws IOException {
    String text;
    try (InputStream in = ErrorCasesTest.class.getResourceAsStream("/syntax/errors.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    String[] blocks = text.split("(?m)^## ");
    for (String block : blocks) {
      if (block.isEmpty()) {
        continue;
      }
      String[] lines = block.split("\n", 3);
      String[] head = lines[0].split(" ", 3);
      String[] pos = head[1].split(":");
      String name = lines[1].substring(2);
      String source = lines.length > 2 ? lines[2] : "";
      if (source.endsWith("\n")) {
        source = source.substring(0, source.length() - 1);
      }
      cases.add(new Case(name, DiagnosticCode.valueOf(head[0]), Integer.parseInt(pos[0]),
          Integer.parseInt(pos[1]), head[2], source));
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> rejected() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 40, "too few error cases: " + cases.size());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Case c) {
    ParseResult result = AirParser.parse("case.air", c.source());
    Rejected rejected = assertInstanceOf(Rejected.class, result, () -> c.name() + " was accepted");
    Diagnostic first = rejected.diagnostics().get(0);
    String all = DiagnosticRenderer.render("case.air", c.source(), rejected.diagnostics());
    assertEquals(c.code(), first.code(), all);
    assertEquals(c.line() + ":" + c.column(), first.span().line() + ":" + first.span().column(),
        all);
    assertEquals(c.message(), first.message(), all);
    assertEquals(rejected, AirParser.parse("case.air", c.source().getBytes(StandardCharsets.UTF_8)),
        "string and byte input agree");
  }
}
