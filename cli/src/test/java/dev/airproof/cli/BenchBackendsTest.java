package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code airproof bench --backends}: one small run (fork-join with two providers) prints the table
 * with the explorer's and TLC's distinct states, which for this script are the same 20 states, and
 * no disagreement. Timings are printed, never asserted.
 */
class BenchBackendsTest {
  @Test
  void explorerAndTlcMeasureTheSameScript() {
    CliRun run = CliRun.of("bench", "--backends", "--providers", "2", "--no-stream-joins");
    assertEquals(0, run.exit(), run.out() + run.err());
    String row = run.out().lines().filter(l -> l.startsWith("forkjoin N=2")).findFirst().orElseThrow();
    String[] cells = row.substring("forkjoin N=2".length()).trim().split("[\\s|]+");
    assertEquals("12", cells[0], row); // reduced explorer
    assertEquals("20", cells[3], row); // plain explorer
    assertEquals("20", cells[6], row); // TLC's distinct states
    assertTrue(cells[9].endsWith("x"), row);
    assertTrue(!run.err().contains("BUG"), run.err());
  }

  @Test
  void badOptionsAreUserErrors() {
    assertEquals(ExitCodes.USER_ERROR, CliRun.of("bench").exit());
    assertEquals(ExitCodes.USER_ERROR, CliRun.of("bench", "--backends", "--providers", "5..2").exit());
    assertEquals(ExitCodes.USER_ERROR, CliRun.of("bench", "--backends", "--against", "aquavm").exit());
  }

  /** {@code scripts/forkjoin-air N} (for shell benchmarks) prints the same script as the Java generator. */
  @Test
  void theShellGeneratorMatchesTheJavaOne() throws Exception {
    Process p = new ProcessBuilder("bash", "../scripts/forkjoin-air", "5").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertEquals(dev.airproof.interpreter.gen.ForkJoinScripts.of(5), out);
  }
}
