package dev.airproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.data.json.JsJson;
import dev.airproof.interpreter.gen.FeatureMix;
import dev.airproof.interpreter.gen.ScenarioGen;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.properties.conformance.AquaVmBridge;
import dev.airproof.properties.conformance.AquaVmUnavailable;
import dev.airproof.properties.conformance.ConformanceSummary;
import dev.airproof.properties.conformance.Differential;
import dev.airproof.properties.conformance.DisagreementText;
import dev.airproof.properties.conformance.JavaRun;
import dev.airproof.properties.conformance.ScenarioShrinker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code airproof conform [--cases N] [--seed S] [--scenario FILE...] [--report DIR] [--shrink] [--mix]}:
 * differential testing of the reference interpreter against the real AquaVM 0.62 (through the Node
 * bridge): runs the given scenario files and N generated scenarios on both, compares them facet by
 * facet, prints a summary table and every disagreement's first differing step. Exit codes: 0 all
 * agree, 1 some disagree, 2 unreadable input, 3 no interpreter or no AquaVM oracle.
 */
@Command(name = "conform", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Runs scenarios on the reference interpreter and on the real AquaVM 0.62 (Node, "
        + "scripts/setup-test-deps) and compares executed calls, steps, ret codes, error messages and final traces.",
        "See docs/conformance.md."})
public final class ConformCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 200;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--cases", paramLabel = "N", description = "generated scenarios to run (default 100, 0 with --scenario)")
  Integer cases;

  @Option(names = "--seed", paramLabel = "S", description = "seed of the generated scenarios (default: drawn, printed)")
  Long seed;

  @Option(names = "--scenario", arity = "1..*", paramLabel = "FILE", description = "scenario files to run")
  List<Path> scenarioFiles = new ArrayList<>();

  @Option(names = "--report", paramLabel = "DIR",
      description = "write summary.txt and, per disagreement, the scenario, both reports and the diagnosis to DIR")
  Path reportDir;

  @Option(names = "--size", paramLabel = "N", defaultValue = "30",
      description = "upper bound on the instructions of a generated script (default 30)")
  int size;

  @Option(names = "--timeout", paramLabel = "S", defaultValue = "60",
      description = "seconds AquaVM may take per scenario; a slower scenario is reported unusable (default 60)")
  long timeoutSeconds;

  @Option(names = "--mix", description = "print the instruction, value and behaviour mix of the generated scenarios")
  boolean mix;

  @Option(names = "--shrink", description = "reduce every disagreement to a minimal scenario with the same fingerprint")
  boolean shrink;

  private final Supplier<InterpreterProvider.Result> interpreters;

  /** The command with the interpreter found by {@link InterpreterProvider}. */
  public ConformCommand() {
    this(InterpreterProvider::find);
  }

  /** The command with an explicit interpreter source (tests). */
  public ConformCommand(Supplier<InterpreterProvider.Result> interpreters) {
    this.interpreters = interpreters;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (AquaVmUnavailable e) {
      err.println("airproof conform: AquaVM oracle unavailable: " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    } catch (IOException e) {
      err.println("airproof conform: " + e.getMessage());
      return ExitCodes.USER_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int run(PrintWriter out, PrintWriter err) throws IOException {
    InterpreterProvider.Result found = interpreters.get();
    if (found.interpreter().isEmpty()) {
      err.println("airproof conform: " + found.problem());
      return ExitCodes.INTERNAL_ERROR;
    }
    List<JsonNode> files = new ArrayList<>();
    for (Path f : scenarioFiles) {
      files.add(readScenario(f));
    }
    int n = cases != null ? cases : (scenarioFiles.isEmpty() ? 100 : 0);
    long s = seed != null ? seed : System.nanoTime() & 0xFFFFFFFFL;
    if (n > 0) {
      out.println("generated scenarios: " + n + ", seed " + s + " (replay: --seed " + s + ")");
    }
    Differential differential = new Differential(found.interpreter().get());
    List<Differential.Outcome> outcomes = new ArrayList<>();
    try (AquaVmBridge bridge = AquaVmBridge.start(OracleLocation.locate(), java.time.Duration.ofSeconds(Math.max(1, timeoutSeconds)))) {
      outcomes.addAll(differential.checkAll(files, bridge));
      outcomes.addAll(generated(n, s, differential, bridge, out, err));
      reportOutcomes(outcomes, files, differential, bridge, out);
    }
    ConformanceSummary summary = ConformanceSummary.of(outcomes);
    out.print(summary.table());
    if (reportDir != null) {
      Files.writeString(reportDir.resolve("summary.txt"), summary.table(), StandardCharsets.UTF_8);
    }
    return summary.agreeing() == summary.compared() ? ExitCodes.OK : ExitCodes.VIOLATED;
  }

  private ScenarioGen.Config config() {
    ScenarioGen.Config d = ScenarioGen.Config.defaults();
    return new ScenarioGen.Config(d.minPeers(), d.maxPeers(), size, d.maxSteps());
  }

  /** Runs {@code n} generated scenarios of seed {@code s} in batches (progress on stderr). */
  private List<Differential.Outcome> generated(int n, long s, Differential differential, AquaVmBridge bridge,
      PrintWriter out, PrintWriter err) {
    List<Differential.Outcome> outcomes = new ArrayList<>();
    FeatureMix features = FeatureMix.none();
    Map<ScenarioGen.BehaviourKind, Integer> behaviours = new EnumMap<>(ScenarioGen.BehaviourKind.class);
    for (int from = 0; from < n; from += BATCH) {
      List<JsonNode> batch = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + BATCH); i++) {
        ScenarioGen.Generated g = ScenarioGen.nth(s, i, config());
        batch.add(g.scenario());
        features = features.plus(g.mix());
        g.behaviours().forEach((k, c) -> behaviours.merge(k, c, Integer::sum));
      }
      outcomes.addAll(differential.checkAll(batch, bridge));
      if (n > BATCH) {
        err.println("conform: " + Math.min(n, from + BATCH) + "/" + n + " generated scenarios");
        err.flush();
      }
    }
    if (mix && n > 0) {
      out.println("generated mix:\n" + features + "\nbehaviours: " + behaviours);
    }
    return outcomes;
  }

  private void reportOutcomes(List<Differential.Outcome> outcomes, List<JsonNode> files, Differential differential,
      AquaVmBridge bridge, PrintWriter out) throws IOException {
    if (reportDir != null) {
      Files.createDirectories(reportDir);
    }
    for (Differential.Outcome o : outcomes) {
      switch (o) {
        case Differential.Outcome.Unusable u -> out.println("UNUSABLE " + u.name() + ": " + u.reason());
        case Differential.Outcome.Compared c -> {
          if (!c.verdict().agrees()) {
            String text = DisagreementText.render(c);
            out.print(text);
            Optional<JsonNode> scenario = scenarioOf(c.name(), files);
            write(c, scenario, text);
            if (shrink) {
              scenario.ifPresent(sc -> shrinkOne(sc, c, differential, bridge, out));
            }
          }
        }
      }
    }
  }

  private void shrinkOne(JsonNode scenario, Differential.Outcome.Compared c, Differential differential,
      AquaVmBridge bridge, PrintWriter out) {
    ScenarioShrinker.Result r = ScenarioShrinker.shrinkDisagreement(scenario, differential, bridge);
    out.println("  minimal scenario (" + r.tests() + " tests, fingerprint " + r.fingerprint().map(Object::toString).orElse("none") + "):");
    out.println(indent(JsJson.pretty(r.scenario())));
    if (reportDir != null) {
      try {
        Files.writeString(reportDir.resolve(c.name() + ".min.json"), JsJson.pretty(r.scenario()) + "\n");
      } catch (IOException e) {
        out.println("  cannot write the minimal scenario: " + e.getMessage());
      }
    }
  }

  private void write(Differential.Outcome.Compared c, Optional<JsonNode> scenario, String text) throws IOException {
    if (reportDir == null) {
      return;
    }
    Files.writeString(reportDir.resolve(c.name() + ".txt"), text, StandardCharsets.UTF_8);
    Files.writeString(reportDir.resolve(c.name() + ".aquavm.json"), JsJson.pretty(c.aquavm()) + "\n");
    if (c.java() instanceof JavaRun.Report r) {
      Files.writeString(reportDir.resolve(c.name() + ".java.json"), JsJson.pretty(r.report()) + "\n");
    }
    if (scenario.isPresent()) {
      Files.writeString(reportDir.resolve(c.name() + ".json"), JsJson.pretty(scenario.get()) + "\n");
    }
  }

  /** The scenario of an outcome: a file's, or regenerated from the seed (names gen-SEED-INDEX). */
  private Optional<JsonNode> scenarioOf(String name, List<JsonNode> files) {
    for (JsonNode f : files) {
      if (f.path("name").asText("").equals(name)) {
        return Optional.of(f);
      }
    }
    String[] parts = name.split("-");
    if (parts.length == 3 && parts[0].equals("gen")) {
      try {
        return Optional.of(ScenarioGen.nth(Long.parseLong(parts[1]), Integer.parseInt(parts[2]), config()).scenario());
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static JsonNode readScenario(Path f) throws IOException {
    try {
      JsonNode n = JSON.readTree(f.toFile());
      if (n != null && n.isObject() && !n.has("name")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("name", baseName(f));
      }
      return n;
    } catch (IOException e) {
      throw new IOException("cannot read scenario " + f + ": " + e.getMessage(), e);
    }
  }

  private static String baseName(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
  }

  private static String indent(String s) {
    return "    " + s.replace("\n", "\n    ");
  }
}
