package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code examples/manifest.json}: every example run with its expected verdict per property. One
 * dynamic test per entry runs {@code airproof verify --json --no-progress FILE ARGS} in-process and
 * checks every verdict, a counterexample for every violation, a complete exploration and the exit
 * code; the other tests keep the manifest and the examples directory in step.
 */
class ExamplesManifestTest {
  private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Immutable; one manifest entry. */
  record Entry(String name, String file, List<String> args, Map<String, String> expect, String why) {
    Entry {
      args = List.copyOf(args);
      expect = Map.copyOf(expect);
    }
  }

  static List<Entry> entries() throws IOException {
    JsonNode root = JSON.readTree(EXAMPLES.resolve("manifest.json").toFile());
    List<Entry> out = new ArrayList<>();
    for (JsonNode e : root.get("entries")) {
      List<String> args = new ArrayList<>();
      e.get("args").forEach(a -> args.add(a.asText()));
      Map<String, String> expect = new LinkedHashMap<>();
      e.get("expect").fields().forEachRemaining(f -> expect.put(f.getKey(), f.getValue().asText()));
      out.add(new Entry(e.get("name").asText(), e.get("file").asText(), args, expect,
          e.get("why").asText()));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyEntryGetsItsExpectedVerdicts() throws IOException {
    List<Entry> entries = entries();
    assertTrue(entries.size() >= 20, "manifest too small: " + entries.size());
    return entries.stream().map(e -> DynamicTest.dynamicTest(e.name() + " " + e.file() + " " + e.args(),
        () -> check(e)));
  }

  private static void check(Entry e) throws IOException {
    List<String> argv = new ArrayList<>(List.of("verify", "--json", "--no-progress",
        EXAMPLES.resolve(e.file()).toString()));
    argv.addAll(e.args());
    CliRun run = CliRun.of(argv.toArray(String[]::new));
    assertTrue(run.exit() == 0 || run.exit() == 1, e.name() + ": exit " + run.exit() + "\n" + run.err());
    JsonNode report = JSON.readTree(run.out());
    assertTrue(report.get("exploration").get("complete").asBoolean(),
        e.name() + ": the exploration hit a bound: " + report.get("exploration"));
    Map<String, String> actual = new LinkedHashMap<>();
    for (JsonNode p : report.get("properties")) {
      String id = p.get("id").asText();
      String verdict = p.get("verdict").asText();
      actual.put(id, verdict);
      if (verdict.equals("violated")) {
        JsonNode ce = p.get("counterexample");
        assertTrue(ce != null && ce.get("steps") != null && !ce.get("steps").isEmpty(),
            e.name() + ": " + id + " is violated without a counterexample");
        if (id.startsWith("convergence")) {
          assertTrue(ce.get("otherRun") != null && !ce.get("otherRun").isEmpty(),
              e.name() + ": " + id + " needs the other run of the pair");
        }
      }
    }
    assertEquals(new TreeMap<>(e.expect()), new TreeMap<>(actual), e.name() + ": verdicts; why: " + e.why());
    boolean allHold = actual.values().stream().allMatch("holds"::equals);
    assertEquals(allHold ? 0 : 1, run.exit(), e.name() + ": exit code");
  }

  @Test
  void everyVerdictIsDecidedAndEveryViolationIsExplained() throws IOException {
    Set<String> names = new HashSet<>();
    for (Entry e : entries()) {
      assertTrue(names.add(e.name()), "duplicate entry name " + e.name());
      assertFalse(e.expect().isEmpty(), e.name());
      assertFalse(e.why().isBlank(), e.name() + ": why is empty");
      e.expect().forEach((id, verdict) -> {
        assertTrue(verdict.equals("holds") || verdict.equals("violated"),
            e.name() + ": " + id + " must be holds or violated, not " + verdict);
        if (verdict.equals("violated")) {
          assertTrue(e.why().contains(id), e.name() + ": why does not mention " + id);
        }
      });
      assertTrue(Files.isRegularFile(EXAMPLES.resolve(e.file())), e.name() + ": no file " + e.file());
    }
  }

  @Test
  void everyExampleAppearsWithEveryDefaultPropertyDecided() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (Entry e : entries()) {
      if (e.expect().size() >= 6) {
        covered.add(baseName(e.file()));
      }
    }
    Set<String> examples = new TreeSet<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".air"))
          .forEach(n -> examples.add(baseName(n)));
    }
    Set<String> missing = new TreeSet<>(examples);
    missing.removeAll(covered);
    assertEquals(Set.of(), missing, "examples without a manifest entry deciding every default property");
  }

  /** A scenario's script is its example's script with every {@code "{{alias}}"} for {@code "alias"}. */
  @Test
  void everyScenarioRunsTheScriptOfItsExample() throws IOException {
    List<Path> scenarios;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      scenarios = files.filter(p -> p.toString().endsWith(".scenario.json")).sorted().toList();
    }
    assertFalse(scenarios.isEmpty());
    for (Path s : scenarios) {
      JsonNode air = JSON.readTree(s.toFile()).get("air");
      List<String> lines = new ArrayList<>();
      air.forEach(l -> lines.add(l.asText().replaceAll("\\{\\{([^{}]+)}}", "$1")));
      Path example = EXAMPLES.resolve(baseName(s.getFileName().toString()) + ".air");
      List<String> script = Files.readAllLines(example).stream().filter(l -> !l.startsWith(";")).toList();
      assertEquals(script, lines, s + " does not run the script of " + example);
    }
  }

  /** {@code airproof run} plays every scenario to quiescence without an interpreter error. */
  @Test
  void everyScenarioRunsToQuiescenceWithoutErrors() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path s : files.filter(p -> p.toString().endsWith(".scenario.json")).sorted().toList()) {
        CliRun run = CliRun.of("run", "--json", s.toString());
        assertEquals(0, run.exit(), s + ": " + run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals("quiescent", report.get("stopReason").asText(), s.toString());
        for (JsonNode step : report.get("steps")) {
          assertEquals(0, step.get("retCode").asInt(), s + ": step " + step);
        }
      }
    }
  }

  private static String baseName(String file) {
    return file.replaceFirst("\\.scenario\\.json$", "").replaceFirst("\\.air$", "");
  }
}
