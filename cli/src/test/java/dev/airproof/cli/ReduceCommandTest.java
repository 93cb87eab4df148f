package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code airproof reduce} with real external test commands ({@code /bin/sh} and {@code grep}, which
 * every supported platform has; the test fails if they are missing).
 */
class ReduceCommandTest {
  @TempDir Path dir;

  private Path example(String name) {
    Path p = Path.of("..", "examples", name).toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(p), "missing " + p);
    return p;
  }

  @Test
  void reducesToTheCallTheTestLooksFor() {
    CliRun run = CliRun.of("reduce", example("network-explore.air").toString(), "--",
        "grep", "-q", "\"kad\" \"neighborhood\"");
    assertEquals(0, run.exit(), run.err());
    assertEquals("(call \"\" (\"kad\" \"neighborhood\") [])\n", run.out());
    assertTrue(run.err().contains("test runs"), run.err());
  }

  @Test
  void writesTheResultWithWrite() throws IOException {
    Path out = dir.resolve("small.air");
    CliRun run = CliRun.of("reduce", example("quorum.air").toString(), "--write", out.toString(),
        "--", "sh", "-c", "grep -q '(fail 409' \"$0\" && grep -q never \"$0\"");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    String small = Files.readString(out);
    assertTrue(small.contains("(fail 409 \"\")") && small.contains("(never)"), small);
    assertTrue(small.lines().count() <= 5, small);
  }

  @Test
  void aTestThatFailsOnTheInputIsAUserError() {
    CliRun run = CliRun.of("reduce", example("forkjoin.air").toString(), "--", "sh", "-c", "exit 1");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("does not succeed"), run.err());
  }

  @Test
  void aMissingTestCommandIsAUserError() {
    CliRun run = CliRun.of("reduce", example("forkjoin.air").toString(), "--",
        dir.resolve("no-such-command").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("cannot run the test"), run.err());
  }

  @Test
  void aSlowTestCountsAsNotInteresting() {
    CliRun run = CliRun.of("reduce", example("forkjoin.air").toString(), "--timeout", "1", "--",
        "sh", "-c", "sleep 5");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("does not succeed"), run.err());
  }
}
