package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.gen.FeatureMix;
import dev.airproof.interpreter.gen.ScenarioGen;
import dev.airproof.interpreter.scenario.ScenarioReadResult;
import dev.airproof.interpreter.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ScenarioGen} against the real AquaVM: at least 95% of the generated scripts are valid AIR for
 * AquaVM 0.62's own parser ({@code ast} export), and the generated runs are rich: errors and cross-peer
 * traffic are frequent, every instruction and every behaviour kind occurs.
 */
class ScenarioGenOracleTest {
  private static final int CASES = 300;
  private static final long SEED = 4242;

  @Test
  void scriptsAreValidForAquaVmAndTheMixIsRich() {
    List<JsonNode> scenarios = new ArrayList<>();
    FeatureMix mix = FeatureMix.none();
    EnumMap<ScenarioGen.BehaviourKind, Integer> behaviours = new EnumMap<>(ScenarioGen.BehaviourKind.class);
    for (int i = 0; i < CASES; i++) {
      ScenarioGen.Generated g = ScenarioGen.nth(SEED, i, ScenarioGen.Config.defaults());
      scenarios.add(g.scenario());
      mix = mix.plus(g.mix());
      g.behaviours().forEach((k, n) -> behaviours.merge(k, n, Integer::sum));
    }
    int valid = 0;
    int errors = 0;
    int crossPeer = 0;
    StringBuilder invalid = new StringBuilder();
    try (AquaVmBridge bridge = AquaVmBridge.start()) {
      for (JsonNode s : scenarios) {
        String air = ((ScenarioReadResult.Read) ScenarioReader.read(s.toString(), "gen")).scenario().air();
        String ast = bridge.ast(air);
        if (ast.startsWith("error")) {
          invalid.append(s.path("name").asText()).append(": ").append(ast, 0, Math.min(300, ast.length())).append('\n');
        } else {
          valid++;
        }
      }
      for (JsonNode report : bridge.runAll(scenarios)) {
        errors += hasError(report) ? 1 : 0;
        crossPeer += hasCrossPeerTraffic(report) ? 1 : 0;
      }
    }
    String summary = "valid " + valid + "/" + CASES + ", with errors " + errors + ", cross-peer " + crossPeer
        + "\nbehaviours " + behaviours + "\nmix:\n" + mix + "\n" + invalid;
    System.out.println("ScenarioGenOracleTest (seed " + SEED + "): " + summary);
    assertTrue(valid * 100 >= 95 * CASES, "fewer than 95% valid scripts: " + summary);
    assertTrue(errors * 100 >= 30 * CASES, "errors too rare: " + summary);
    assertTrue(crossPeer * 100 >= 30 * CASES, "cross-peer traffic (joins on remote values) too rare: " + summary);
    assertEquals(ScenarioGen.BehaviourKind.values().length, behaviours.size(), "behaviour kinds missing: " + summary);
    assertTrue(mix.missing().isEmpty(), "instruction/value kinds never generated: " + mix.missing());
  }

  private static boolean hasError(JsonNode report) {
    for (JsonNode s : report.path("steps")) {
      if (s.path("retCode").asLong() != 0) {
        return true;
      }
    }
    for (JsonNode c : report.path("executedCalls")) {
      if (c.path("retCode").isNumber() && c.path("retCode").asLong() != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCrossPeerTraffic(JsonNode report) {
    for (JsonNode s : report.path("steps")) {
      JsonNode from = s.path("trigger").path("from");
      if (from.isTextual() && !from.asText().equals(s.path("peer").asText())) {
        return true;
      }
    }
    return false;
  }
}
