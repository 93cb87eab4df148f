package dev.airproof.cli;

import dev.airproof.interpreter.scenario.RunReport;
import dev.airproof.interpreter.scenario.RunReportJson;
import dev.airproof.interpreter.scenario.RunReportText;
import dev.airproof.interpreter.scenario.Scenario;
import dev.airproof.interpreter.scenario.ScenarioError;
import dev.airproof.interpreter.scenario.ScenarioReadResult;
import dev.airproof.interpreter.scenario.ScenarioReader;
import dev.airproof.interpreter.scenario.ScenarioRunner;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Diagnostic;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code airproof run SCENARIO.json [--seed N] [--json] [--out FILE]}: runs a scenario on the
 * reference interpreter and prints the run report (text, or the JSON shared with the AquaVM
 * bridge). Exit codes: 0 the run completed (whatever the ret codes), 2 unreadable or invalid
 * scenario or script (file:line:col), 3 no interpreter available or internal error. With {@code
 * --replay CE.json} it replays a counterexample instead ({@link CounterexampleReplay}: 1 violation
 * reproduced, 4 not reproduced).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs a scenario (peers, services, delivery policy) on the reference interpreter and "
        + "prints the run report: every interpreter call, the executed service calls and each peer's final trace.",
        "See docs/scenarios.md for the scenario and report formats."})
public final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.json", description = "the scenario file")
  Path scenarioFile;

  @Option(names = "--replay", paramLabel = "CE.json",
      description = "replay a counterexample file written by verify --report DIR and check its property"
          + " again (exit 1: violation reproduced, 4: not reproduced)")
  Path replay;

  @Option(names = "--seed", paramLabel = "N",
      description = "deliver messages in the seeded pseudo-random order N (overrides delivery.seed)")
  Long seed;

  @Option(names = "--json", description = "print the report as JSON (the format shared with the AquaVM bridge)")
  boolean json;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
  Path out;

  private final Supplier<InterpreterProvider.Result> interpreters;

  /** The command with the interpreter found by {@link InterpreterProvider}. */
  public RunCommand() {
    this(InterpreterProvider::find);
  }

  /** The command with an explicit interpreter source (tests). */
  public RunCommand(Supplier<InterpreterProvider.Result> interpreters) {
    this.interpreters = interpreters;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if ((scenarioFile == null) == (replay == null)) {
      return userError(err, "run needs either a SCENARIO.json or --replay CE.json (not both)");
    }
    if (replay != null) {
      if (seed != null || out != null) {
        return userError(err, "--seed and --out do not apply to --replay");
      }
      Optional<dev.airproof.interpreter.semantics.InsightfulInterpreter> insightful =
          InterpreterProvider.insightful();
      if (insightful.isEmpty()) {
        err.println("airproof: internal error: no interpreter implementation is available");
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
      }
      return CounterexampleReplay.run(replay, json, insightful.get(), spec.commandLine().getOut(), err);
    }
    Optional<ScenarioFiles.Loaded> loaded = ScenarioFiles.load(scenarioFile, err);
    if (loaded.isEmpty()) {
      return ExitCodes.USER_ERROR;
    }
    InterpreterProvider.Result found = interpreters.get();
    if (found.interpreter().isEmpty()) {
      err.println("airproof: " + found.problem());
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    }
    Scenario scenario = withSeed(loaded.get().scenario());
    RunReport report = ScenarioRunner.run(scenario, loaded.get().script(), scenario.air(),
        found.interpreter().get());
    return write(json ? RunReportJson.write(report) + "\n" : RunReportText.render(report), err);
  }

  private Scenario withSeed(Scenario s) {
    return seed == null ? s : s.withDeliverySeed(seed);
  }


  private int write(String report, PrintWriter err) {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(report);
      stdout.flush();
      return ExitCodes.OK;
    }
    try {
      Files.writeString(out, report);
      return ExitCodes.OK;
    } catch (IOException e) {
      return userError(err, "cannot write " + out + ": " + e.getMessage());
    }
  }

  private static int userError(PrintWriter err, String message) {
    err.println("airproof: " + message);
    err.flush();
    return ExitCodes.USER_ERROR;
  }
}
