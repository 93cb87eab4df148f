package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code airproof verify --backend petri}: needs no interpreter, maps witnesses to line:col. */
class VerifyPetriTest {
  static final String STUCK = Path.of("..", "examples", "stuck-join.air").toString();

  @Test
  void stuckJoinWithFailuresIsViolatedWithAStepAtTheWaitingCall() {
    CliRun run = CliRun.of("verify", STUCK, "--backend", "petri", "--failures", "--json",
        "--property", "no-stuck-join");
    assertEquals(1, run.exit(), run.err() + run.out());
    assertTrue(run.out().contains("\"backend\" : \"petri\"") || run.out().contains("\"backend\":\"petri\""),
        run.out());
    assertTrue(run.out().contains("waits on price"), run.out());
  }

  @Test
  void stuckJoinIsStuckEvenWithoutFailures() {
    // examples/stuck-join.air defines price only in the xor fallback, which never runs when the
    // primary call succeeds (as every call does without --failures)
    CliRun run = CliRun.of("verify", STUCK, "--backend", "petri", "--json", "--property", "no-stuck-join");
    assertEquals(1, run.exit(), run.err() + run.out());
    assertTrue(run.out().contains("waits on price"), run.out());
  }

  @Test
  void forkJoinHoldsOnTheNet() {
    CliRun run = CliRun.of("verify", STUCK.replace("stuck-join", "forkjoin"), "--backend", "petri", "--json");
    assertEquals(0, run.exit(), run.err() + run.out());
  }
}
