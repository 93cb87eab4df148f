package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.scenario.RunReport;
import dev.airproof.interpreter.scenario.RunReportJson;
import dev.airproof.interpreter.scenario.Scenario;
import dev.airproof.interpreter.scenario.ScenarioReadResult;
import dev.airproof.interpreter.scenario.ScenarioReader;
import dev.airproof.interpreter.scenario.ScenarioRunner;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Diagnostic;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.util.stream.Collectors;

/** Stateless; runs a scenario on the Java side: reader, parser, scenario runner, interpreter. */
final class JavaSide {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JavaSide() {}

  static JavaRun run(JsonNode scenarioJson, Interpreter interpreter) {
    String name = scenarioJson.path("name").asText("");
    ScenarioReadResult read = ScenarioReader.read(scenarioJson.toString(), name);
    return switch (read) {
      case ScenarioReadResult.Invalid invalid -> new JavaRun.Invalid(invalid.errors().stream()
          .map(e -> e.render(invalid.sourceName())).collect(Collectors.joining("\n")));
      case ScenarioReadResult.Read ok -> runRead(ok.scenario(), interpreter);
    };
  }

  private static JavaRun runRead(Scenario scenario, Interpreter interpreter) {
    try {
      return switch (AirParser.parse("script.air", scenario.air())) {
        case Rejected rejected -> new JavaRun.Report(parseFailure(scenario, rejected));
        case Parsed parsed -> {
          RunReport report = ScenarioRunner.run(scenario, parsed.root(), scenario.air(), interpreter);
          yield new JavaRun.Report(RunReportJson.tree(report));
        }
      };
    } catch (RuntimeException | StackOverflowError e) {
      StringBuilder where = new StringBuilder();
      StackTraceElement[] frames = e.getStackTrace();
      for (int i = 0; i < Math.min(3, frames.length); i++) {
        where.append(" at ").append(frames[i].getClassName().replaceAll(".*\\.", "")).append('.')
            .append(frames[i].getMethodName()).append(':').append(frames[i].getLineNumber());
      }
      // The kind is the exception class only: a hot JIT may throw preallocated exceptions without frames.
      return new JavaRun.Crashed(e.getClass().getSimpleName() + ": " + e.getMessage() + where,
          e.getClass().getSimpleName());
    }
  }

  /** The report AquaVM gives for a script it cannot parse: one failed step on the init peer. */
  private static ObjectNode parseFailure(Scenario scenario, Rejected rejected) {
    ObjectNode root = NODES.objectNode();
    root.put("name", scenario.name());
    root.put("stopReason", "quiescent");
    root.put("invocations", 1);
    ObjectNode step = root.putArray("steps").addObject();
    step.put("step", 1);
    step.put("peer", scenario.initPeer());
    ObjectNode trigger = step.putObject("trigger");
    trigger.put("kind", "particle");
    trigger.putNull("from");
    step.put("retCode", 1);
    StringBuilder message = new StringBuilder("air can't be parsed:\n");
    for (Diagnostic d : rejected.diagnostics()) {
      message.append("  ^ ").append(d.message()).append('\n');
    }
    step.put("errorMessage", message.toString());
    step.putArray("nextPeers");
    step.putArray("callRequests");
    root.putArray("executedCalls");
    root.putArray("undelivered");
    ObjectNode finals = root.putObject("final");
    for (String alias : scenario.peers()) {
      ObjectNode f = finals.putObject(alias);
      f.put("invocations", alias.equals(scenario.initPeer()) ? 1 : 0);
      f.put("lcid", 0);
      f.putArray("compactTrace");
      f.putArray("trace");
    }
    return root;
  }
}
