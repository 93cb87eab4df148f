package dev.airproof.cli;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.reduce.AirShrinker;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airproof reduce FILE [--timeout S] [--write OUT] -- TEST [ARGS...]}: shrinks an AIR script
 * while an external test still finds it interesting (the C-Reduce convention); {@code airproof reduce
 * --aquavm SCENARIO.json [--write OUT]}: shrinks a scenario while the reference interpreter still
 * disagrees with the real AquaVM with the same fingerprint ({@link DisagreementReduction}).
 *
 * <p>The test command is run with the path of a candidate script (canonical text) appended to its
 * arguments; exit code 0 means "still interesting", anything else, or running longer than the
 * timeout, means "not". The input must be interesting. The smallest script found by
 * {@link AirShrinker} is printed (or written to OUT) and a summary goes to stderr. Exit codes: 0
 * reduced, 2 unreadable or invalid input, a test that does not hold on the input, or a test that
 * cannot be started.
 */
@Command(name = "reduce", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Shrink an AIR script while an external test command still succeeds on it.")
public final class ReduceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The AIR script to reduce.")
  Path file;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "TEST",
      description = "Test command (after --); gets the candidate file as last argument; "
          + "exit 0 = still interesting. Not with --aquavm.")
  List<String> test = new ArrayList<>();

  @Option(names = "--aquavm",
      description = "FILE is a scenario (JSON); keep reducing while the reference interpreter still disagrees "
          + "with the real AquaVM 0.62 with the same fingerprint (see docs/conformance.md).")
  boolean aquavm;

  @Option(names = "--timeout", defaultValue = "60",
      description = "Seconds a test run may take; longer counts as not interesting (default 60).")
  long timeoutSeconds;

  @Option(names = "--write", paramLabel = "OUT", description = "Write the result to OUT.")
  Path output;

  private final Supplier<InterpreterProvider.Result> interpreters;

  /** The command with the interpreter found by {@link InterpreterProvider} (for {@code --aquavm}). */
  public ReduceCommand() {
    this(InterpreterProvider::find);
  }

  /** The command with an explicit interpreter source (tests). */
  public ReduceCommand(Supplier<InterpreterProvider.Result> interpreters) {
    this.interpreters = interpreters;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (aquavm != test.isEmpty()) {
      err.println("airproof reduce: give either a TEST command (after --) or --aquavm, not both or neither");
      err.flush();
      return ExitCodes.USER_ERROR;
    }
    if (aquavm) {
      return new DisagreementReduction(interpreters, file, output).run(out, err);
    }
    try {
      String text = AirFiles.read(file);
      return switch (AirParser.parse(file.toString(), text)) {
        case Rejected r -> {
          FmtCommand.report(file, text, r, err);
          yield ExitCodes.USER_ERROR;
        }
        case Parsed p -> reduce(p.root(), out, err);
      };
    } catch (AirFiles.Unreadable e) {
      err.println("airproof reduce: " + e.getMessage());
      return ExitCodes.USER_ERROR;
    } catch (ExternalTest.CannotRun e) {
      err.println("airproof reduce: cannot run the test: " + e.getMessage());
      return ExitCodes.USER_ERROR;
    } catch (IOException e) {
      err.println("airproof reduce: " + e.getMessage());
      return ExitCodes.USER_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int reduce(Instruction root, PrintWriter out, PrintWriter err) throws IOException {
    try (ExternalTest external = new ExternalTest(test, timeoutSeconds)) {
      if (!external.holds(root)) {
        err.println("airproof reduce: the test does not succeed on " + file
            + " itself (exit code 0 expected); nothing to reduce");
        return ExitCodes.USER_ERROR;
      }
      Instruction small = AirShrinker.shrink(root, external::holds);
      String result = AirPrinter.print(small);
      if (output != null) {
        AirFiles.replace(output, result);
      } else {
        out.print(result);
      }
      err.printf("airproof reduce: %d -> %d characters (compact form), %d test runs%n",
          AirPrinter.printCompact(root).length(), AirPrinter.printCompact(small).length(),
          external.runs());
      return ExitCodes.OK;
    }
  }
}
