package dev.airproof.cli;

import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.DiagnosticRenderer;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import dev.airproof.properties.environment.DefaultEnvironment;
import dev.airproof.properties.explorer.FaultBudget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the file given to {@code verify} into an exploration environment, reporting user errors. */
final class VerifyInputs {
  private VerifyInputs() {}

  static Optional<LoadedInput> load(Path file, boolean failures, Map<String, List<String>> bindings,
      FaultBudget faults, PrintWriter err) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("airproof: " + file + ": cannot read: " + e.getMessage());
      return Optional.empty();
    }
    String name = file.toString();
    ParseResult parsed = AirParser.parse(name, bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    switch (parsed) {
      case Rejected r -> {
        r.diagnostics().forEach(d -> err.println(DiagnosticRenderer.render(name, text, d)));
        return Optional.empty();
      }
      case Parsed p -> {
        DefaultEnvironment.Built built = DefaultEnvironment.build(p.root(), text,
            new DefaultEnvironment.Options(failures, bindings, faults));
        return switch (built) {
          case DefaultEnvironment.Problems problems -> {
            problems.messages().forEach(m -> err.println(name + ":" + m));
            yield Optional.empty();
          }
          case DefaultEnvironment.Ok ok -> Optional.of(new LoadedInput(ok.environment(),
              "default environment of a bare script: each call returns \"SERVICE.FUNCTION@LINE:COL\""
                  + (failures ? " or fails" : "") + describe(faults) + describeBindings(bindings)));
        };
      }
    }
  }

  private static String describe(FaultBudget f) {
    if (f.isNone()) {
      return "; no faults";
    }
    return "; faults: " + f.duplications() + " duplication(s), " + f.drops() + " drop(s), "
        + f.amnesias() + " amnesia(s)";
  }

  private static String describeBindings(Map<String, List<String>> bindings) {
    return bindings.isEmpty() ? "" : "; peer variables: " + bindings;
  }
}
