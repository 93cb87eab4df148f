package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Syntax errors with the message AquaVM 0.62 prints for them ({@code syntax/aquavm-expected.txt}:
 * {@code ## expected ...} then the script). The expected messages were obtained by running the
 * token sequences of mutated golden scripts through the LR automaton of AquaVM 0.62's generated
 * parser ({@code air-parser/src/parser/air.rs} at tag {@code air-v0.62.0}, LALRPOP 0.20), one case
 * per distinct (message, bad token, previous token).
 */
class AquaVmExpectedTokensTest {
  private static final Set<DiagnosticCode> GRAMMAR = Set.of(DiagnosticCode.UNRECOGNIZED_TOKEN,
      DiagnosticCode.UNEXPECTED_EOF, DiagnosticCode.EXTRA_TOKEN, DiagnosticCode.EMPTY_SCRIPT);

  record Case(String expected, String source) {}

  static List<Case> cases() throws IOException {
    String text;
    try (InputStream in = AquaVmExpectedTokensTest.class
        .getResourceAsStream("/syntax/aquavm-expected.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    for (String block : text.split("(?m)^## ")) {
      if (block.isEmpty()) {
        continue;
      }
      int nl = block.indexOf('\n');
      String source = block.substring(nl + 1);
      cases.add(new Case(block.substring(0, nl), source.substring(0, source.length() - 1)));
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> messagesMatchAquaVm() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() > 1000, "corpus too small: " + cases.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (int from = 0; from < cases.size(); from += 100) {
      List<Case> slice = cases.subList(from, Math.min(cases.size(), from + 100));
      tests.add(DynamicTest.dynamicTest("cases " + from + ".." + (from + slice.size() - 1),
          () -> slice.forEach(AquaVmExpectedTokensTest::check)));
    }
    return tests.stream();
  }

  private static void check(Case c) {
    Rejected r = assertInstanceOf(Rejected.class, AirParser.parse("e.air", c.source()),
        () -> "accepted: " + c.source());
    Optional<Diagnostic> first = r.diagnostics().stream()
        .filter(d -> GRAMMAR.contains(d.code())).findFirst();
    String all = DiagnosticRenderer.render("e.air", c.source(), r.diagnostics());
    assertTrue(first.isPresent(), all);
    String message = switch (first.get().code()) {
      case EMPTY_SCRIPT -> "expected \"(\"";
      case EXTRA_TOKEN -> first.get().message().replace(
          " (extra token after the end of the script)", "");
      default -> first.get().message();
    };
    assertEquals(c.expected(), message, all);
  }
}
