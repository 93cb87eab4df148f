package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.properties.conformance.OracleInstallation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code airproof conform} and {@code airproof reduce --aquavm} against the real AquaVM (needs Node). */
class ConformCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  static InterpreterProvider.Result reference() {
    Interpreter i = new AquaVmInterpreter();
    return new InterpreterProvider.Result(Optional.of(i), "");
  }

  /** The reference interpreter with planted bugs: the fixed regressions disagree again. */
  static InterpreterProvider.Result planted() {
    return new InterpreterProvider.Result(Optional.of(new PlantedBugInterpreter()), "");
  }

  static Path repo() {
    return OracleInstallation.locate().repositoryRoot();
  }

  @Test
  void registeredInMain() {
    assertTrue(Main.commandLine().getSubcommands().containsKey("conform"));
  }

  @Test
  void agreeingScenariosAndGeneratedCasesGiveTheTable() {
    int code = run(new ConformCommand(ConformCommandTest::reference), "--scenario",
        repo().resolve("conformance/scenarios/forkjoin.json").toString(), "--cases", "5", "--seed", "3");
    String text = out.toString();
    assertTrue(text.contains("generated scenarios: 5, seed 3"), text);
    assertTrue(text.contains("ret codes"), text);
    assertTrue(text.matches("(?s).*conformance: \\d+/6 scenarios agree.*"), text + err);
    assertTrue(code == ExitCodes.OK || code == ExitCodes.VIOLATED, text + err);
  }

  @Test
  void aDisagreementIsReported() throws Exception {
    Path scenario = repo().resolve("conformance/regressions/triplet_lens_error_message.json");
    int code = run(new ConformCommand(ConformCommandTest::planted), "--scenario", scenario.toString(),
        "--report", dir.toString());
    String text = out.toString();
    assertEquals(ExitCodes.VIOLATED, code, text + err);
    assertTrue(text.contains("DISAGREE triplet_lens_error_message  [ERROR_MESSAGES:"), text);
    assertTrue(text.contains("first differing step"), text);
    assertTrue(text.contains("conformance: 0/1 scenarios agree"), text);
    assertTrue(Files.isRegularFile(dir.resolve("triplet_lens_error_message.aquavm.json")));
    assertTrue(Files.isRegularFile(dir.resolve("summary.txt")));
  }

  @Test
  void reduceWithTheAquaVmPredicateKeepsTheDisagreement() throws Exception {
    Path scenario = repo().resolve("conformance/regressions/ap_empty_canon_into_scalar.json");
    Path small = dir.resolve("small.json");
    int code = run(new ReduceCommand(ConformCommandTest::planted), "--aquavm", scenario.toString(),
        "--write", small.toString());
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(err.toString().contains("fingerprint RET_CODES: java crashed"), err.toString());
    assertTrue(Files.readString(small).contains("(ap #$cs2"), Files.readString(small));
  }

  @Test
  void reduceNeedsATestOrAquaVm() {
    assertEquals(ExitCodes.USER_ERROR, run(new ReduceCommand(ConformCommandTest::reference), "x.air"));
    assertTrue(err.toString().contains("either a TEST command"), err.toString());
  }
}
