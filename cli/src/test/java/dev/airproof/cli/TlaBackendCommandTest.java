package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --to tla} and {@code verify --backend tlc} through the command line. */
class TlaBackendCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void exportWritesTheModuleAndItsConfiguration(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of("export", EXAMPLES.resolve("forkjoin.air").toString(), "--to", "tla",
        "-o", dir.toString());
    assertEquals(ExitCodes.OK, run.exit(), run.err());
    String tla = Files.readString(dir.resolve("Forkjoin.tla"));
    assertTrue(tla.contains("INSTANCE AIRProperties WITH"), tla);
    assertTrue(tla.contains("@ 5:4 *) call(Lit(\"provider_1\"), \"price\", \"get\""), tla);
    assertTrue(Files.readString(dir.resolve("Forkjoin.cfg")).contains("SPECIFICATION Spec"));
  }

  @Test
  void exportRefusesAnUnsupportedConstructByNameAndPosition(@TempDir Path dir) {
    CliRun run = CliRun.of("export", EXAMPLES.resolve("new-scope.air").toString(), "--to", "tla",
        "-o", dir.toString());
    assertEquals(ExitCodes.USER_ERROR, run.exit());
    assertTrue(run.err().contains("new-scope.air:16:3: the TLA+ back end cannot express new over a stream map"),
        run.err());
  }

  @Test
  void verifyWithTlcDecidesTheDefaultProperties() {
    CliRun run = CliRun.of("verify", EXAMPLES.resolve("forkjoin.air").toString(), "--backend", "tlc",
        "--no-progress");
    assertEquals(ExitCodes.OK, run.exit(), run.out() + run.err());
    for (String p : new String[] {"termination", "completion", "no-stuck-join", "at-most-once", "convergence"}) {
      assertTrue(run.out().matches("(?s).*" + p + " +holds +tlc .*"), run.out());
    }
  }

  @Test
  void anUnknownBackEndIsAUserError() {
    CliRun run = CliRun.of("verify", EXAMPLES.resolve("forkjoin.air").toString(), "--backend", "nope");
    assertEquals(ExitCodes.USER_ERROR, run.exit());
    assertTrue(run.err().contains("known: [explorer, tlc, petri] and all"), run.err());
  }

  /** TLC's stuck-join counterexample: the explorer's peer-by-peer chart, the waiting call and its variable. */
  @Test
  void tlcCounterexampleOfTheStuckJoinReadsLikeTheExplorers() {
    CliRun run = CliRun.of("verify", EXAMPLES.resolve("stuck-join.air").toString(), "--backend", "tlc",
        "--no-progress");
    assertEquals(ExitCodes.VIOLATED, run.exit(), run.err());
    String out = run.out();
    assertTrue(out.matches("(?s).*no-stuck-join +violated +tlc .*init waits at 7:2 \\(reads price\\).*"), out);
    assertTrue(out.contains("counterexample for no-stuck-join from tlc (4 steps)"), out);
    assertTrue(out.contains("   #  init        provider_1  provider_2"), out);
    assertTrue(out.contains("  4  *<----------o"), out);
  }
}
