package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden run reports of the examples: for every {@code examples/*.scenario.json}, {@code airproof
 * run} (text) and {@code airproof run --json} must print exactly the files under
 * {@code src/test/resources/golden/run/} ({@code -Dgolden.update=true} rewrites them; review the
 * diff). A scenario without golden files fails, it is never skipped.
 */
class ExampleRunGoldenTest {
  private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "run");

  private static List<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".scenario.json")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleScenarioPrintsItsGoldenReports() throws IOException {
    List<Path> all = scenarios();
    assertTrue(all.size() >= 8, "too few example scenarios: " + all);
    return all.stream().flatMap(s -> {
      String base = s.getFileName().toString().replace(".scenario.json", "");
      return Stream.of(
          DynamicTest.dynamicTest(base + " text", () -> check(GOLDEN.resolve(base + ".txt"), "run", s.toString())),
          DynamicTest.dynamicTest(base + " json", () -> check(GOLDEN.resolve(base + ".json"), "run", "--json",
              s.toString())));
    });
  }

  private static void check(Path golden, String... argv) throws IOException {
    CliRun run = CliRun.of(argv);
    assertEquals(0, run.exit(), run.err());
    String actual = run.out().replace(EXAMPLES.toString() + java.io.File.separator, "examples/");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertTrue(Files.exists(golden), "missing golden file " + golden + " (run with -Dgolden.update=true)");
    assertEquals(Files.readString(golden), actual, "report differs from " + golden);
  }

  @Test
  void everyGoldenFileBelongsToAnExampleScenario() throws IOException {
    List<String> bases = scenarios().stream()
        .map(p -> p.getFileName().toString().replace(".scenario.json", "")).toList();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<Path> orphans = files.filter(g -> !bases.contains(g.getFileName().toString()
          .replaceFirst("\\.(txt|json)$", ""))).toList();
      assertFalse(!orphans.isEmpty(), "golden files without a scenario: " + orphans);
    }
  }

  @Test
  void theForkJoinScenarioShowsTheTenStepRunEndingWithTheAverageAtTheUser() throws IOException {
    String text = Files.readString(GOLDEN.resolve("forkjoin.txt"));
    assertTrue(text.startsWith("scenario forkjoin: 10 invocations, stopped: quiescent"), text);
    assertTrue(text.contains("step 9 user #1 callback.result [42050]"), text);
  }
}
