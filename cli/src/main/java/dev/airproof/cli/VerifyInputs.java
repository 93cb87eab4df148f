package dev.airproof.cli;

import dev.airproof.properties.environment.DefaultEnvironment;
import dev.airproof.properties.environment.ScenarioEnvironment;
import dev.airproof.properties.explorer.FaultBudget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the file given to {@code verify} into an exploration environment, reporting user errors. */
final class VerifyInputs {
  private VerifyInputs() {}

  static Optional<LoadedInput> load(Path file, boolean failures, Map<String, List<String>> bindings,
      FaultBudget faults, PrintWriter err) {
    return ScriptFiles.read(file, err)
        .flatMap(bytes -> fromBytes(file.toString(), bytes, failures, bindings, faults, err));
  }

  /**
   * The environment of an input given as bytes under the name {@code name} (a name ending in
   * {@code .json} is a scenario, anything else a bare script), or empty after printing why not.
   */
  static Optional<LoadedInput> fromBytes(String name, byte[] bytes, boolean failures,
      Map<String, List<String>> bindings, FaultBudget faults, PrintWriter err) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    if (name.endsWith(".json")) {
      return ScenarioFiles.loadText(name, bytes, err).map(l -> new LoadedInput(
          ScenarioEnvironment.of(l.scenario(), l.script(), faults),
          "scenario " + l.scenario().name() + " (services as in the file, every oneOf alternative)"
              + describe(faults), text));
    }
    Optional<ScriptFiles.Script> script = ScriptFiles.parseText(name, bytes, err);
    if (script.isEmpty()) {
      return Optional.empty();
    }
    DefaultEnvironment.Built built = DefaultEnvironment.build(script.get().root(), script.get().text(),
        new DefaultEnvironment.Options(failures, bindings, faults));
    return switch (built) {
      case DefaultEnvironment.Problems problems -> {
        problems.messages().forEach(m -> err.println(name + ":" + m));
        yield Optional.empty();
      }
      case DefaultEnvironment.Ok ok -> Optional.of(new LoadedInput(ok.environment(),
          "default environment of a bare script: each call returns \"SERVICE.FUNCTION@LINE:COL\""
              + (failures ? " or fails" : "") + describe(faults) + describeBindings(bindings), text));
    };
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
