package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code airproof verify --backend tlc} on every entry of {@code examples/manifest.json} (TLC runs in
 * a child JVM on the generated module): every property TLC decides gets the entry's expected
 * verdict, which {@link ExamplesManifestTest} checks is the explorer's; an entry whose input the
 * TLA+ back end refuses names the construct in its {@code tlc.refused}, and TLC must then answer
 * unknown saying it cannot express exactly that; a property outside TLC's set that the entry names
 * with {@code --property} is reported as "not checked", never left out. At least half the entries must be decided by TLC.
 */
class ManifestTlcTest {
  private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The properties the TLA+ modules state ({@code docs/tla-backend.md}). */
  private static final Set<String> TLC_DECIDES =
      Set.of("termination", "completion", "no-stuck-join", "at-most-once", "convergence",
          "no-uncaught-error", "convergence-unordered");

  @TestFactory
  Stream<DynamicTest> tlcAgreesWithTheManifestOnEveryEntry() throws IOException {
    JsonNode entries = JSON.readTree(EXAMPLES.resolve("manifest.json").toFile()).get("entries");
    List<DynamicTest> tests = new ArrayList<>();
    int[] decided = {0};
    for (JsonNode e : entries) {
      tests.add(DynamicTest.dynamicTest(e.get("name").asText(), () -> check(e, decided)));
    }
    tests.add(DynamicTest.dynamicTest("at least half the entries are decided by TLC",
        () -> assertTrue(decided[0] * 2 >= entries.size(), decided[0] + " of " + entries.size())));
    return tests.stream();
  }

  private static void check(JsonNode e, int[] decided) throws IOException {
    String name = e.get("name").asText();
    List<String> argv = new ArrayList<>(List.of("verify", "--json", "--no-progress", "--backend", "tlc",
        EXAMPLES.resolve(e.get("file").asText()).toString()));
    e.get("args").forEach(a -> argv.add(a.asText()));
    CliRun run = CliRun.of(argv.toArray(String[]::new));
    assertTrue(run.exit() == 0 || run.exit() == 1, name + ": exit " + run.exit() + "\n" + run.err());
    Map<String, JsonNode> got = new LinkedHashMap<>();
    for (JsonNode p : JSON.readTree(run.out()).get("properties")) {
      assertEquals("tlc", p.get("backend").asText(), name);
      got.put(p.get("id").asText(), p);
    }
    boolean named = argv.contains("--property");
    boolean anyDecided = false;
    for (var it = e.get("expect").fields(); it.hasNext(); ) {
      var x = it.next();
      JsonNode r = got.get(x.getKey());
      if (r == null) {
        assertTrue(!named && !TLC_DECIDES.contains(x.getKey()), name + ": TLC left out " + x.getKey()
            + " (a property named by --property, or one TLC decides, must be answered)");
        continue;
      }
      String verdict = r.get("verdict").asText();
      String detail = r.path("detail").asText();
      if (!TLC_DECIDES.contains(x.getKey())) {
        assertEquals("unknown", verdict, name + " " + x.getKey());
        assertTrue(detail.startsWith("not checked"), name + " " + x.getKey() + ": " + detail);
      } else if (e.has("tlc")) {
        String refused = e.get("tlc").get("refused").asText();
        assertEquals("unknown", verdict, name + " " + x.getKey() + " (refused: " + refused + ")");
        assertTrue(detail.contains("cannot express " + refused), name + " " + x.getKey() + ": " + detail);
      } else {
        assertEquals(x.getValue().asText(), verdict, name + " " + x.getKey() + ": " + detail);
        anyDecided = true;
      }
    }
    if (anyDecided) {
      decided[0]++;
    }
    assertFalse(e.has("tlc") && anyDecided, name + ": tlc.refused is stale, TLC decided it");
  }

}
