package dev.airproof.cli;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.scenario.Scenario;
import dev.airproof.interpreter.scenario.ScenarioError;
import dev.airproof.interpreter.scenario.ScenarioReadResult;
import dev.airproof.interpreter.scenario.ScenarioReader;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.DiagnosticRenderer;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Reads scenario files for the commands: the scenario and its parsed script, or printed errors. */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /**
   * Immutable; a scenario with its parsed script.
   *
   * @param scenario the scenario, defaults applied and aliases substituted
   * @param script the parsed script
   */
  record Loaded(Scenario scenario, Instruction script) {}

  /** The scenario of {@code file}, or empty after printing every problem with its place. */
  static Optional<Loaded> load(Path file, PrintWriter err) {
    Optional<byte[]> bytes = ScriptFiles.read(file, err);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    return loadText(file.toString(), bytes.get(), err);
  }

  /** The scenario of {@code bytes} (named {@code name} in messages), or empty after printing why not. */
  static Optional<Loaded> loadText(String name, byte[] bytes, PrintWriter err) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      err.println("airproof: " + name + ": not UTF-8 text");
      return Optional.empty();
    }
    ScenarioReadResult read = ScenarioReader.read(text, name);
    return switch (read) {
      case ScenarioReadResult.Invalid invalid -> {
        for (ScenarioError e : invalid.errors()) {
          err.println(e.render(invalid.sourceName()));
        }
        err.flush();
        yield Optional.empty();
      }
      case ScenarioReadResult.Read ok -> parse(name, ok.scenario(), err);
    };
  }

  private static Optional<Loaded> parse(String file, Scenario scenario, PrintWriter err) {
    String name = file + "#air";
    ParseResult parsed = AirParser.parse(name, scenario.air());
    return switch (parsed) {
      case Rejected rejected -> {
        rejected.diagnostics().forEach(d -> err.println(DiagnosticRenderer.render(name, scenario.air(), d)));
        err.flush();
        yield Optional.empty();
      }
      case Parsed ok -> Optional.of(new Loaded(scenario, ok.root()));
    };
  }
}
