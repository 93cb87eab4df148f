package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.semantics.Interpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable (holds a pure interpreter); differential testing of airproof's reference interpreter
 * against the real AquaVM 0.62: runs a scenario on the Java side (scenario reader, AIR parser,
 * {@link dev.airproof.interpreter.scenario.ScenarioRunner}, the given interpreter) and compares the
 * report with AquaVM's report facet by facet ({@link Facet}).
 *
 * <p>A scenario that the Java reader rejects is not compared (see {@link Outcome.Unusable}); a Java
 * crash disagrees on every facet.
 */
public final class Differential {
  private final Interpreter interpreter;

  /** A differential over {@code interpreter} (normally {@code AquaVmInterpreter}). */
  public Differential(Interpreter interpreter) {
    this.interpreter = Objects.requireNonNull(interpreter, "interpreter");
  }

  /** Immutable; the result of checking one scenario. */
  public sealed interface Outcome {
    /** The scenario's name. */
    String name();

    /** Both reports, compared. */
    record Compared(String name, Verdict verdict, JavaRun java, JsonNode aquavm) implements Outcome {
      public Compared {
        Objects.requireNonNull(verdict, "verdict");
      }
    }

    /** The scenario could not be run on one side (invalid scenario, driver rejection). */
    record Unusable(String name, String reason) implements Outcome {}
  }

  /** The Java side's run of a scenario. */
  public JavaRun runJava(JsonNode scenario) {
    return JavaSide.run(scenario, interpreter);
  }

  /** Checks one scenario against AquaVM's report of it. */
  public Outcome check(JsonNode scenario, JsonNode aquavmReport) {
    String name = scenario.path("name").asText("");
    JavaRun java = runJava(scenario);
    return switch (java) {
      case JavaRun.Invalid invalid -> new Outcome.Unusable(name, "invalid scenario: " + invalid.message());
      case JavaRun.Report r -> new Outcome.Compared(name, compare(name, r.report(), aquavmReport), java, aquavmReport);
      case JavaRun.Crashed c -> new Outcome.Compared(name, crashed(name, c), java, aquavmReport);
    };
  }

  /**
   * Runs every scenario on AquaVM (pipelined over the bridge) and on the Java side. A scenario the
   * driver rejects is {@link Outcome.Unusable}; the others are compared.
   */
  public List<Outcome> checkAll(List<? extends JsonNode> scenarios, AquaVmBridge bridge) {
    List<Outcome> out = new ArrayList<>(scenarios.size());
    List<JsonNode> reports;
    try {
      reports = bridge.runAll(scenarios);
    } catch (AquaVmBridgeException e) {
      reports = null;
    }
    for (int i = 0; i < scenarios.size(); i++) {
      JsonNode scenario = scenarios.get(i);
      Optional<JsonNode> report = reports != null ? Optional.of(reports.get(i)) : single(scenario, bridge, out);
      report.ifPresent(r -> out.add(check(scenario, r)));
    }
    return out;
  }

  private static Optional<JsonNode> single(JsonNode scenario, AquaVmBridge bridge, List<Outcome> out) {
    try {
      return Optional.of(bridge.run(scenario));
    } catch (AquaVmBridgeException e) {
      out.add(new Outcome.Unusable(scenario.path("name").asText(""), "AquaVM driver: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** Compares two reports (SCENARIO-SPEC.md format) facet by facet. */
  public static Verdict compare(String name, JsonNode javaReport, JsonNode aquavmReport) {
    List<FacetComparison> facets = new ArrayList<>();
    for (Facet f : Facet.values()) {
      facets.add(new FacetComparison(f, ReportFacets.firstDifference(f,
          ReportFacets.items(f, javaReport), ReportFacets.items(f, aquavmReport))));
    }
    return new Verdict(name, facets);
  }

  private static Verdict crashed(String name, JavaRun.Crashed c) {
    List<FacetComparison> facets = new ArrayList<>();
    for (Facet f : Facet.values()) {
      facets.add(new FacetComparison(f, Optional.of(
          new FacetComparison.Difference("run", "crash: " + c.message(), "report", "java crashed: " + c.kind()))));
    }
    return new Verdict(name, facets);
  }
}
