package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code airproof bench --against aquavm} on the fork-join: both sides run the same 10-invocation
 * scenario; the figures themselves are not asserted (they belong to docs/benchmarks.md), only that
 * both sides ran every invocation and a ratio is printed. Needs Node and the oracle's npm packages,
 * and fails with the reason when they are missing.
 */
class BenchCommandTest {
  @Test
  void bothInterpretersRunTheSameInvocations() {
    CliRun run = CliRun.of("bench", "--against", "aquavm", "--runs", "3");
    assertEquals(ExitCodes.OK, run.exit(), run.err());
    Matcher java = Pattern.compile("airproof \\(Java\\)\\s+(\\d+)").matcher(run.out());
    Matcher wasm = Pattern.compile("AquaVM 0.62 \\(wasm\\)\\s+(\\d+)").matcher(run.out());
    assertTrue(java.find() && wasm.find(), run.out());
    assertEquals("30", java.group(1), "3 runs of the 10-invocation fork-join");
    assertEquals(java.group(1), wasm.group(1), "both sides run the same invocations");
    assertTrue(run.out().contains("ratio: airproof is "), run.out());
  }

  @Test
  void onlyAquaVmIsKnown() {
    CliRun run = CliRun.of("bench", "--against", "other");
    assertEquals(ExitCodes.USER_ERROR, run.exit());
    assertTrue(run.err().contains("--against takes aquavm"), run.err());
  }
}
