package dev.airproof.cli;

import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.DiagnosticRenderer;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airproof fmt FILE... [--check | --write]}: prints AIR files in the canonical layout (the
 * Aqua compiler's: one-space indent per level, closing parentheses on their own lines).
 *
 * <p>A leading block of {@code ;} comment lines is kept; comments inside the script cannot be kept,
 * so {@code --write} refuses such a file unless {@code --drop-comments} is given. Exit codes: 0 all
 * files formatted (or printed), 1 {@code --check} found unformatted files (listed on stdout), 2 a
 * file is unreadable, has a syntax error or could not be written.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Print AIR files in canonical layout, check or rewrite them.")
public final class FmtCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "AIR files to format.")
  List<Path> files;

  @Option(names = "--check", description = "List files that are not formatted; exit 1 if any.")
  boolean check;

  @Option(names = "--write",
      description = "Rewrite files in place (atomically) instead of printing.")
  boolean write;

  @Option(names = "--drop-comments",
      description = "With --write, also rewrite files whose comments inside the script are lost.")
  boolean dropComments;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (check && write) {
      err.println("airproof fmt: --check and --write cannot be used together");
      return ExitCodes.USER_ERROR;
    }
    int worst = ExitCodes.OK;
    for (Path file : files) {
      worst = Math.max(worst, one(file));
    }
    spec.commandLine().getOut().flush();
    err.flush();
    return worst;
  }

  private int one(Path file) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text;
    try {
      text = AirFiles.read(file);
    } catch (AirFiles.Unreadable e) {
      err.println("airproof fmt: " + e.getMessage());
      return ExitCodes.USER_ERROR;
    }
    Optional<String> formatted = format(file, text, err);
    if (formatted.isEmpty()) {
      return ExitCodes.USER_ERROR;
    }
    boolean changed = !formatted.get().equals(text);
    if (check) {
      if (changed) {
        out.println(file);
        return ExitCodes.VIOLATED;
      }
      return ExitCodes.OK;
    }
    if (!write) {
      warnComments(file, text, err);
      out.print(formatted.get());
      return ExitCodes.OK;
    }
    return changed ? rewrite(file, text, formatted.get(), err) : ExitCodes.OK;
  }

  private int rewrite(Path file, String text, String formatted, PrintWriter err) {
    if (AirComments.hasInnerComment(text) && !dropComments) {
      err.println("airproof fmt: " + file + ": not rewritten: it has comments inside the script, "
          + "which fmt cannot keep (use --drop-comments to rewrite anyway)");
      return ExitCodes.USER_ERROR;
    }
    try {
      AirFiles.replace(file, formatted);
      return ExitCodes.OK;
    } catch (IOException | SecurityException e) {
      err.println("airproof fmt: " + file + ": cannot write: " + e.getMessage());
      return ExitCodes.USER_ERROR;
    }
  }

  private static void warnComments(Path file, String text, PrintWriter err) {
    if (AirComments.hasInnerComment(text)) {
      err.println("airproof fmt: warning: " + file + ": comments inside the script are not kept");
    }
  }

  /**
   * The canonical text of {@code text} (leading comments kept), or empty after reporting errors.
   */
  static Optional<String> format(Path file, String text, PrintWriter err) {
    return switch (AirParser.parse(file.toString(), text)) {
      case Parsed p -> Optional.of(AirComments.header(text) + AirPrinter.print(p.root()));
      case Rejected r -> {
        report(file, text, r, err);
        yield Optional.empty();
      }
    };
  }

  static void report(Path file, String text, Rejected rejected, PrintWriter err) {
    rejected.diagnostics().forEach(d -> err.print(ensureNewline(
        DiagnosticRenderer.render(file.toString(), text, d))));
  }

  private static String ensureNewline(String s) {
    return s.endsWith("\n") ? s : s + "\n";
  }

}
