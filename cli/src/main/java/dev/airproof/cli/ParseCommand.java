package dev.airproof.cli;

import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AstJson;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airproof parse FILE [--json]}: parses and validates an AIR file as AquaVM 0.62 does.
 *
 * <p>Prints {@code FILE: ok} (or, with {@code --json}, the syntax tree as JSON with spans) and
 * exits 0; prints every problem as {@code file:line:col: error: ...} with the source line and a
 * caret to stderr and exits 2; an unreadable file also exits 2 with a one-line message.
 */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Parse and validate an AIR file; print the syntax tree with --json.")
public final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The AIR file.")
  Path file;

  @Option(names = "--json", description = "Print the syntax tree as JSON (with source spans).")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      String text = AirFiles.read(file);
      return switch (AirParser.parse(file.toString(), text)) {
        case Parsed p -> {
          out.println(json ? AstJson.write(p.root()) : file + ": ok");
          yield ExitCodes.OK;
        }
        case Rejected r -> {
          FmtCommand.report(file, text, r, err);
          yield ExitCodes.USER_ERROR;
        }
      };
    } catch (AirFiles.Unreadable e) {
      err.println("airproof parse: " + e.getMessage());
      return ExitCodes.USER_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
