package dev.airproof.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code airproof} command: wires the subcommands into picocli, maps picocli's
 * usage errors to exit code 2 and any unexpected exception to exit code 3 with a one-line message.
 */
@Command(
    name = "airproof",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A verification workbench for AIR workflows (the Aqua Intermediate Representation).",
    subcommands = {
      CommandLine.HelpCommand.class,
      ParseCommand.class,
      FmtCommand.class,
      RunCommand.class,
      VerifyCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      ReduceCommand.class,
      ConformCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the configured command line; used by {@link #main} and by tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      PrintWriter err = cmd.getErr();
      err.println("airproof: internal error: " + ex);
      err.println("This is a bug in airproof; please report it with the command you ran.");
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("airproof: " + ex.getMessage());
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      err.flush();
      return ExitCodes.USER_ERROR;
    });
    return cl;
  }

  /** Runs airproof with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
