package dev.airproof.cli;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.DiagnosticRenderer;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and parses script files for the commands, printing diagnostics for the user. */
final class ScriptFiles {
  private ScriptFiles() {}

  /** The file's bytes, or empty after printing why they cannot be read. */
  static Optional<byte[]> read(Path file, PrintWriter err) {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      err.println("airproof: " + file + ": cannot read: " + describe(e));
      return Optional.empty();
    }
  }

  /**
   * Immutable; a script read from a file and parsed.
   *
   * @param text the file's text
   * @param root the parsed script
   */
  record Script(String text, Instruction root) {}

  /** The parsed script, or empty after printing every diagnostic as {@code file:line:col: error: ...}. */
  static Optional<Instruction> parse(Path file, PrintWriter err) {
    return parseScript(file, err).map(Script::root);
  }

  /** The script with its text, or empty after printing every diagnostic. */
  static Optional<Script> parseScript(Path file, PrintWriter err) {
    Optional<byte[]> bytes = read(file, err);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    return parseText(file.toString(), bytes.get(), err);
  }

  /** The script of {@code bytes} (named {@code name} in diagnostics), or empty after printing them. */
  static Optional<Script> parseText(String name, byte[] bytes, PrintWriter err) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    ParseResult r = AirParser.parse(name, bytes);
    return switch (r) {
      case Parsed p -> Optional.of(new Script(text, p.root()));
      case Rejected rej -> {
        rej.diagnostics().forEach(d -> err.println(DiagnosticRenderer.render(name, text, d)));
        err.flush();
        yield Optional.empty();
      }
    };
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
