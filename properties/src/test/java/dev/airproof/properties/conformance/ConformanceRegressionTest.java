package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.json.JsJson;
import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every regression of {@code conformance/regressions} runs on both interpreters: AquaVM must still give its
 * stored report, and the Java interpreter must disagree exactly when docs/conformance.md lists the regression
 * as "open" (a fixed open regression fails this test until its status is updated, so the list stays honest).
 */
class ConformanceRegressionTest {

  @TestFactory
  List<DynamicTest> everyRegressionBehavesAsListed() {
    OracleInstallation installation = OracleInstallation.locate();
    RegressionCatalogue catalogue = RegressionCatalogue.load(installation.repositoryRoot());
    assertFalse(catalogue.regressions().isEmpty(), "no regressions in conformance/regressions");
    Differential differential = new Differential(new AquaVmInterpreter());
    List<DynamicTest> tests = new ArrayList<>();
    try (AquaVmBridge bridge = AquaVmBridge.start(installation, AquaVmBridge.DEFAULT_TIMEOUT)) {
      List<JsonNode> reports = bridge.runAll(catalogue.regressions().stream().map(RegressionCatalogue.Regression::scenario).toList());
      for (int i = 0; i < reports.size(); i++) {
        RegressionCatalogue.Regression r = catalogue.regressions().get(i);
        JsonNode report = reports.get(i);
        Differential.Outcome outcome = differential.check(r.scenario(), report);
        tests.add(DynamicTest.dynamicTest(r.name(), () -> check(r, report, outcome)));
      }
    }
    return tests;
  }

  private static void check(RegressionCatalogue.Regression r, JsonNode report, Differential.Outcome outcome) {
    assertTrue(r.listed(), r.name() + " is not listed in docs/conformance.md");
    assertEquals(JsJson.pretty(r.aquavmReport()), JsJson.pretty(report),
        "AquaVM's report of " + r.name() + " changed: the oracle or the driver changed");
    if (!(outcome instanceof Differential.Outcome.Compared c)) {
      fail(r.name() + " could not be compared: " + outcome);
      return;
    }
    if (r.open()) {
      assertFalse(c.verdict().agrees(), r.name() + " is listed as open in docs/conformance.md but both sides "
          + "agree now: mark it fixed");
    } else {
      assertTrue(c.verdict().agrees(), r.name() + " must agree:\n" + DisagreementText.render(c));
    }
  }

  @Test
  void everyListedRegressionHasItsFiles() {
    Path root = OracleInstallation.locate().repositoryRoot();
    Map<String, String> listed = RegressionCatalogue.statuses(root.resolve("docs").resolve("conformance.md"));
    List<String> files = RegressionCatalogue.load(root).regressions().stream().map(RegressionCatalogue.Regression::name).toList();
    assertFalse(listed.isEmpty(), "docs/conformance.md lists no regressions");
    listed.keySet().forEach(name -> assertTrue(files.contains(name), "listed but missing: conformance/regressions/" + name + ".json"));
  }
}
