package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --report DIR} writes every explorer counterexample as a replayable file, and
 * {@code run --replay} reproduces each of them: for every manifest entry with a violation, every
 * file replays and the property is violated again (exit 1). Edited files do not replay (exit 4),
 * malformed ones are user errors with their place (exit 2). One file is a golden file.
 */
class ReplayCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden",
      "counterexample-no-stuck-join.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private List<Path> verifyWithReport(ExamplesManifestTest.Entry e, Path dir) {
    List<String> argv = new ArrayList<>(List.of("verify", "--no-progress", "--report", dir.toString(),
        EXAMPLES.resolve(e.file()).toString()));
    argv.addAll(e.args());
    CliRun run = CliRun.of(argv.toArray(String[]::new));
    assertTrue(run.exit() == 0 || run.exit() == 1, e.name() + ": exit " + run.exit() + "\n" + run.err());
    List<Path> files = new ArrayList<>();
    e.expect().forEach((id, verdict) -> {
      Path f = dir.resolve("counterexample-" + id + ".json");
      assertEquals(verdict.equals("violated"), Files.exists(f),
          e.name() + ": counterexample file of " + id + " (verdict " + verdict + ")");
      if (Files.exists(f)) {
        files.add(f);
      }
    });
    return files;
  }

  @TestFactory
  Stream<DynamicTest> everyManifestViolationReplays() throws IOException {
    List<ExamplesManifestTest.Entry> violating = ExamplesManifestTest.entries().stream()
        .filter(e -> e.expect().containsValue("violated")).toList();
    assertTrue(violating.size() >= 10, "too few violating entries: " + violating.size());
    return violating.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      Path dir = tmp.resolve(e.name());
      for (Path f : verifyWithReport(e, dir)) {
        CliRun replay = CliRun.of("run", "--replay", f.toString());
        assertEquals(1, replay.exit(), e.name() + " " + f.getFileName() + ":\n" + replay.out() + replay.err());
        assertTrue(replay.out().contains("violation reproduced: "), replay.out());
        assertTrue(Files.readString(dir.resolve("report.md")).contains("airproof run --replay " + f));
      }
    }));
  }

  @Test
  void stuckJoinCounterexampleMatchesItsGoldenFile() throws IOException {
    ExamplesManifestTest.Entry stuck = ExamplesManifestTest.entries().stream()
        .filter(e -> e.name().equals("stuck-join")).findFirst().orElseThrow();
    Path f = verifyWithReport(stuck, tmp).stream()
        .filter(p -> p.getFileName().toString().equals("counterexample-no-stuck-join.json"))
        .findFirst().orElseThrow();
    ObjectNode actual = (ObjectNode) JSON.readTree(f.toFile());
    ((ObjectNode) actual.get("input")).put("name", "examples/stuck-join.air");
    String text = actual.toPrettyString() + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, text);
    }
    assertTrue(Files.exists(GOLDEN), "missing golden file " + GOLDEN + " (run with -Dgolden.update=true)");
    assertEquals(Files.readString(GOLDEN), text);
  }

  @Test
  void anEditedStepDoesNotReplay() throws IOException {
    Path f = tmp.resolve("edited.json");
    ObjectNode ce = (ObjectNode) JSON.readTree(GOLDEN.toFile());
    ((ObjectNode) ce.get("input")).put("name", EXAMPLES.resolve("stuck-join.air").toString());
    ((ObjectNode) ce.get("steps").get(1)).put("peer", "provider_2");
    Files.writeString(f, ce.toPrettyString());
    CliRun run = CliRun.of("run", "--replay", f.toString());
    assertEquals(ExitCodes.NOT_REPRODUCED, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("run 1, step 2 does not happen"), run.out());
  }

  @Test
  void aRunThatNoLongerViolatesIsReportedAsNotReproduced() throws IOException {
    Path f = tmp.resolve("short.json");
    ObjectNode ce = (ObjectNode) JSON.readTree(GOLDEN.toFile());
    ((com.fasterxml.jackson.databind.node.ArrayNode) ce.get("steps")).remove(3);
    Files.writeString(f, ce.toPrettyString());
    CliRun run = CliRun.of("run", "--replay", f.toString());
    assertEquals(ExitCodes.NOT_REPRODUCED, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("the replayed runs do not violate no-stuck-join"), run.out());
  }

  @Test
  void malformedFilesAreUserErrorsWithTheirPlace() throws IOException {
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\n  \"format\": \"airproof-counterexample\",\n  \"version\": 1,,\n}");
    CliRun run = CliRun.of("run", "--replay", broken.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exit());
    assertTrue(run.err().contains(broken + ":3:"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());

    Path wrong = tmp.resolve("wrong.json");
    ObjectNode ce = (ObjectNode) JSON.readTree(GOLDEN.toFile());
    ((ObjectNode) ce.get("steps").get(0)).put("retCode", "zero");
    Files.writeString(wrong, ce.toPrettyString());
    run = CliRun.of("run", "--replay", wrong.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exit());
    assertTrue(run.err().contains("steps[0].retCode: expected an integer"), run.err());

    run = CliRun.of("run", "--replay", tmp.resolve("absent.json").toString());
    assertEquals(ExitCodes.USER_ERROR, run.exit());
    assertTrue(run.err().contains("no such file"), run.err());

    run = CliRun.of("run");
    assertEquals(ExitCodes.USER_ERROR, run.exit());
    assertTrue(run.err().contains("either a SCENARIO.json or --replay"), run.err());
  }

  @Test
  void jsonOutputSaysWhetherTheViolationWasReproduced() throws IOException {
    Path f = tmp.resolve("ce.json");
    ObjectNode ce = (ObjectNode) JSON.readTree(GOLDEN.toFile());
    Files.writeString(f, ce.toPrettyString());
    CliRun run = CliRun.of("run", "--replay", f.toString(), "--json");
    assertEquals(1, run.exit(), run.err());
    JsonNode out = JSON.readTree(run.out());
    assertTrue(out.get("reproduced").asBoolean());
    assertEquals("no-stuck-join", out.get("property").asText());
  }
}
