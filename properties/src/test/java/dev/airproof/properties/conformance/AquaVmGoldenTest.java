package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the oracle: every scenario of {@code conformance/scenarios} run on the real AquaVM must give exactly its
 * stored report in {@code conformance/golden} (byte for byte, as JSON.stringify prints it). With
 * {@code -Dgolden.update=true} the reports are rewritten instead.
 */
class AquaVmGoldenTest {

  @TestFactory
  List<DynamicTest> everyScenarioReproducesItsGoldenReport() {
    OracleInstallation installation = OracleInstallation.locate();
    Path conformance = OracleFixtures.conformance(installation);
    List<Path> files = OracleFixtures.scenarioFiles(conformance);
    assertFalse(files.isEmpty(), "no scenarios in " + conformance.resolve("scenarios"));
    List<JsonNode> reports;
    try (AquaVmBridge bridge = AquaVmBridge.start(installation, AquaVmBridge.DEFAULT_TIMEOUT)) {
      reports = bridge.runAll(files.stream().map(OracleFixtures::readJson).toList());
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String name = OracleFixtures.baseName(files.get(i));
      String actual = OracleFixtures.reportText(reports.get(i));
      Path golden = OracleFixtures.goldenFile(conformance, name);
      tests.add(DynamicTest.dynamicTest(name, () -> compareOrUpdate(golden, actual)));
    }
    return tests;
  }

  private static void compareOrUpdate(Path golden, String actual) throws IOException {
    if (OracleFixtures.updateGoldens()) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.isRegularFile(golden), "missing golden " + golden + " (run with -Dgolden.update=true)");
    assertEquals(OracleFixtures.readText(golden), actual, "report differs from " + golden);
  }

  @Test
  void everyGoldenHasItsScenario() {
    Path conformance = OracleFixtures.conformance(OracleInstallation.locate());
    List<String> scenarios = OracleFixtures.scenarioFiles(conformance).stream().map(OracleFixtures::baseName).toList();
    try (Stream<Path> goldens = Files.list(conformance.resolve("golden"))) {
      goldens.map(OracleFixtures::baseName)
          .forEach(name -> assertTrue(scenarios.contains(name), "golden without scenario: " + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
