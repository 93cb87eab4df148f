package dev.airproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.interpreter.scenario.RunReport;
import dev.airproof.interpreter.scenario.Scenario;
import dev.airproof.interpreter.scenario.ScenarioRunner;
import dev.airproof.properties.conformance.AquaVmBridge;
import dev.airproof.properties.conformance.AquaVmUnavailable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code airproof bench --against aquavm} (or {@code --backends}, see {@link BackendsBench}): runs
 * the same scenarios through the reference interpreter
 * and through the real AquaVM 0.62 (the Node oracle) in one run, and prints the interpreter
 * invocations per second of each and their ratio. Each side first runs a fifth of the runs as
 * warm-up (JIT, wasm compilation), then the timed runs. Both sides drive the same scenario driver
 * and build the same report, so the figures compare whole runs, driver included.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures interpreter invocations per second of the reference interpreter and of the real",
      "AquaVM 0.62 on the same scenarios (default: conformance/scenarios/forkjoin.json), and their ratio.",
      "Results belong in docs/benchmarks.md with the command that produced them."
    })
public final class BenchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--against", paramLabel = "aquavm",
      description = "the other interpreter (only aquavm)")
  String against;

  @Option(names = "--backends",
      description = "instead: the explorer (reduced and plain) and TLC on the same scripts, states and"
          + " time per distinct state (fork-join with --providers N providers, and the stream joins)")
  boolean backends;

  @Option(names = "--providers", paramLabel = "FROM..TO", defaultValue = "2..6",
      description = "with --backends: provider counts of the fork-join (default: ${DEFAULT-VALUE})")
  String providers;

  @Option(names = "--no-stream-joins", description = "with --backends: skip examples/stream-join*.air")
  boolean noStreamJoins;

  @Option(names = "--scenario", paramLabel = "FILE", description = "scenario files (repeatable)")
  List<Path> scenarios = new ArrayList<>();

  @Option(names = "--runs", paramLabel = "N", description = "timed runs of each scenario per side (default: ${DEFAULT-VALUE})")
  int runs = 200;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (backends == (against != null)) {
      err.println("airproof bench: give either --against aquavm or --backends");
      return ExitCodes.USER_ERROR;
    }
    if (backends) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\.\\.(\\d+))?").matcher(providers);
      if (!m.matches() || Integer.parseInt(m.group(1)) < 1
          || (m.group(2) != null && Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1)))) {
        err.println("airproof bench: --providers takes N or FROM..TO with 1 <= FROM <= TO, got '"
            + providers + "'");
        return ExitCodes.USER_ERROR;
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      Optional<dev.airproof.interpreter.semantics.InsightfulInterpreter> interpreter =
          InterpreterProvider.insightful();
      if (interpreter.isEmpty()) {
        err.println("airproof: internal error: no interpreter implementation is available");
        return ExitCodes.INTERNAL_ERROR;
      }
      return BackendsBench.run(from, to, !noStreamJoins,
          OracleLocation.locate().repositoryRoot().resolve("examples"), interpreter.get(), out, err);
    }
    if (!against.equals("aquavm")) {
      err.println("airproof bench: --against takes aquavm");
      return ExitCodes.USER_ERROR;
    }
    if (runs < 1) {
      err.println("airproof bench: --runs must be at least 1");
      return ExitCodes.USER_ERROR;
    }
    List<Path> files = scenarios.isEmpty()
        ? List.of(OracleLocation.locate().repositoryRoot().resolve("conformance/scenarios/forkjoin.json"))
        : scenarios;
    List<JsonNode> docs = new ArrayList<>();
    List<ScenarioFiles.Loaded> loaded = new ArrayList<>();
    for (Path f : files) {
      Optional<ScenarioFiles.Loaded> l = ScenarioFiles.load(f, err);
      if (l.isEmpty()) {
        return ExitCodes.USER_ERROR;
      }
      loaded.add(l.get());
      docs.add(JSON.readTree(Files.readString(f)));
    }
    InterpreterProvider.Result found = InterpreterProvider.find();
    if (found.interpreter().isEmpty()) {
      err.println("airproof: " + found.problem());
      return ExitCodes.INTERNAL_ERROR;
    }
    Rate java = javaRate(loaded, found.interpreter().get());
    Rate aquavm;
    try (AquaVmBridge bridge = AquaVmBridge.start(OracleLocation.locate(), Duration.ofSeconds(60))) {
      aquavm = aquavmRate(docs, loaded, bridge);
    } catch (AquaVmUnavailable e) {
      err.println("airproof bench: AquaVM oracle unavailable: " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    }
    out.printf("scenarios: %s, %d timed runs each per side (after %d warm-up runs)%n",
        files.stream().map(p -> p.getFileName().toString()).toList(), runs, warmUp());
    out.printf("%-20s %12s %10s %16s%n", "interpreter", "invocations", "seconds", "invocations/s");
    out.printf("%-20s %12d %10.2f %16.0f%n", "airproof (Java)", java.invocations(), java.seconds(),
        java.perSecond());
    out.printf("%-20s %12d %10.2f %16.0f%n", "AquaVM 0.62 (wasm)", aquavm.invocations(),
        aquavm.seconds(), aquavm.perSecond());
    out.printf("ratio: airproof is %.1fx the speed of AquaVM%n", java.perSecond() / aquavm.perSecond());
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Immutable; invocations in a timed interval.
   *
   * @param invocations interpreter invocations
   * @param seconds wall-clock seconds
   */
  record Rate(long invocations, double seconds) {
    double perSecond() {
      return seconds <= 0 ? 0 : invocations / seconds;
    }
  }

  private int warmUp() {
    return Math.max(1, runs / 5);
  }

  /**
   * Run {@code n} of a scenario gets its own particle id, on both sides: every signature, data
   * document and hash is then new, as on a node, and no memo of either interpreter can help.
   */
  private static String particleId(String id, int n) {
    return id + "-bench-" + n;
  }

  private static Scenario fresh(Scenario s, int n) {
    return s.withParticleId(particleId(s.particle().id(), n));
  }


  private static JsonNode fresh(JsonNode doc, Scenario parsed, int n) {
    com.fasterxml.jackson.databind.node.ObjectNode copy =
        (com.fasterxml.jackson.databind.node.ObjectNode) doc.deepCopy();
    com.fasterxml.jackson.databind.node.ObjectNode particle = copy.putObject("particle");
    particle.put("id", particleId(parsed.particle().id(), n));
    particle.put("timestamp", parsed.particle().timestamp());
    particle.put("ttl", parsed.particle().ttl());
    return copy;
  }

  private Rate javaRate(List<ScenarioFiles.Loaded> loaded, Interpreter interpreter) {
    for (int i = 0; i < warmUp(); i++) {
      for (ScenarioFiles.Loaded l : loaded) {
        ScenarioRunner.run(fresh(l.scenario(), -1 - i), l.script(), l.scenario().air(), interpreter);
      }
    }
    long invocations = 0;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      for (ScenarioFiles.Loaded l : loaded) {
        RunReport r = ScenarioRunner.run(fresh(l.scenario(), i), l.script(), l.scenario().air(), interpreter);
        invocations += r.invocations();
      }
    }
    return new Rate(invocations, (System.nanoTime() - start) / 1e9);
  }

  private Rate aquavmRate(List<JsonNode> docs, List<ScenarioFiles.Loaded> loaded, AquaVmBridge bridge) {
    List<JsonNode> warm = new ArrayList<>();
    List<JsonNode> batch = new ArrayList<>();
    for (int i = 0; i < warmUp(); i++) {
      for (int k = 0; k < docs.size(); k++) {
        warm.add(fresh(docs.get(k), loaded.get(k).scenario(), -1 - i));
      }
    }
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < docs.size(); k++) {
        batch.add(fresh(docs.get(k), loaded.get(k).scenario(), i));
      }
    }
    bridge.runAll(warm);
    long start = System.nanoTime();
    List<JsonNode> reports = bridge.runAll(batch);
    double seconds = (System.nanoTime() - start) / 1e9;
    long invocations = reports.stream().mapToLong(r -> r.path("invocations").asLong()).sum();
    return new Rate(invocations, seconds);
  }
}
