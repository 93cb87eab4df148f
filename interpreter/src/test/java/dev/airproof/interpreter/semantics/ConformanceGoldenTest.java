package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.scenario.PeerDirectory;
import dev.airproof.interpreter.scenario.RunReport;
import dev.airproof.interpreter.scenario.RunReportJson;
import dev.airproof.interpreter.scenario.Scenario;
import dev.airproof.interpreter.scenario.ScenarioReadResult;
import dev.airproof.interpreter.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential conformance: each scenario of {@code conformance/scenarios} (from the bridge branch)
 * is run through the Java scenario driver with {@link AquaVmInterpreter}; the report must equal the
 * report the real AquaVM 0.62.0 wasm produced ({@code conformance/golden}), CIDs included. The goldens
 * are the oracle's output, so there is no {@code golden.update}: regenerate them with the bridge's
 * driver ({@code node conformance/aquavm/aquavm-driver.mjs}) if the scenarios change.
 */
class ConformanceGoldenTest {
  /** Scenarios whose golden report this interpreter reproduces exactly. */
  static final List<String> PASSING = List.of(
      "forkjoin", "driver_inline_forkjoin", "driver_behaviours", "driver_maxsteps",
      "driver_onerror_default", "driver_onerror_drop", "fail",
      "fold_next", "match_mismatch", "new_scope", "stream_join", "stream_par_canon",
      "stream_par_canon_seed2", "unhandled_error", "xor_last_error", "ap");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> goldenReports() {
    return PASSING.stream().map(name -> dynamicTest(name, () -> check(name)));
  }

  /**
   * Random multi-peer scenarios ({@link ScriptGen} scripts over peers a, b, c with seeded delivery)
   * whose reports were recorded from the real AquaVM 0.62.0 through the bridge's Node driver.
   */
  @TestFactory
  Stream<DynamicTest> recordedRandomScenarios() throws Exception {
    java.net.URL dir = ConformanceGoldenTest.class.getClassLoader().getResource("conformance/scenarios");
    List<String> names;
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
      names = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("fuzz_"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
    }
    org.junit.jupiter.api.Assertions.assertEquals(80, names.size(), "recorded scenarios missing");
    return names.stream().map(name -> dynamicTest(name, () -> check(name)));
  }

  static void check(String name) throws IOException {
    String scenarioText = resource("conformance/scenarios/" + name + ".json");
    Scenario scenario = ((ScenarioReadResult.Read) ScenarioReader.read(scenarioText, name)).scenario();
    String air = PeerDirectory.of(scenario.peers()).substituteAliases(scenario.air(), new ArrayList<>());
    Instruction script = Air.parse(air);
    RunReport report = dev.airproof.interpreter.scenario.ScenarioRunner.run(scenario, script, air,
        new AquaVmInterpreter());
    JsonNode actual = MAPPER.readTree(RunReportJson.write(report));
    JsonNode expected = MAPPER.readTree(resource("conformance/golden/" + name + ".report.json"));
    assertEquals(expected.toPrettyString(), actual.toPrettyString(), name);
  }

  static String resource(String path) throws IOException {
    try (InputStream in = ConformanceGoldenTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
