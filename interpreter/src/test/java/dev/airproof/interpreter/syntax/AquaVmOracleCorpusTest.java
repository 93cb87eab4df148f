package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scripts with the verdict of the real AquaVM 0.62 ({@code syntax/aquavm-expected.txt}): a header
 * {@code ## [messages]} (JSON array, sorted; empty = accepted) then the script. The messages are
 * the labels of the parse error AquaVM's {@code ast} export returned for the script (avm.wasm of
 * {@code @fluencelabs/avm} 0.62.0, driven by {@code conformance/aquavm/aquavm-driver.mjs --serve}):
 * syntax errors after error recovery together with the validator's findings. The scripts are the
 * golden corpus, the error table, and token-level mutations of the golden scripts. Lens (lambda)
 * errors are not in the corpus: AquaVM prints Rust debug output there, airproof its own text.
 */
class AquaVmOracleCorpusTest {
  record Case(List<String> messages, String source) {}

  static List<Case> cases() throws IOException {
    String text;
    try (InputStream in = AquaVmOracleCorpusTest.class
        .getResourceAsStream("/syntax/aquavm-expected.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    for (String block : text.split("(?m)^## ")) {
      if (block.isEmpty()) {
        continue;
      }
      int nl = block.indexOf('\n');
      List<String> messages = json.readValue(block.substring(0, nl), new TypeReference<>() {});
      String source = block.substring(nl + 1);
      cases.add(new Case(messages, source.substring(0, source.length() - 1)));
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> sameVerdictAsAquaVm() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() > 5000, "corpus too small: " + cases.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (int from = 0; from < cases.size(); from += 250) {
      List<Case> slice = cases.subList(from, Math.min(cases.size(), from + 250));
      tests.add(DynamicTest.dynamicTest("cases " + from + ".." + (from + slice.size() - 1),
          () -> slice.forEach(AquaVmOracleCorpusTest::check)));
    }
    return tests.stream();
  }

  private static void check(Case c) {
    ParseResult r = AirParser.parse("o.air", c.source());
    List<String> mine = switch (r) {
      case Parsed p -> List.of();
      case Rejected rej -> rej.diagnostics().stream().map(AquaVmOracleCorpusTest::asAquaVm)
          .sorted().toList();
    };
    String shown = r instanceof Rejected rej
        ? DiagnosticRenderer.render("o.air", c.source(), rej.diagnostics()) : "accepted";
    assertEquals(c.messages(), mine, () -> c.source() + "\n" + shown);
  }

  private static String asAquaVm(Diagnostic d) {
    return switch (d.code()) {
      case EMPTY_SCRIPT -> "expected \"(\"";
      case EXTRA_TOKEN -> "expected <nothing>";
      default -> d.message();
    };
  }
}
