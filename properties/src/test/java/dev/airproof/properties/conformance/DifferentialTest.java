package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facet comparison and fingerprints on stored AquaVM reports (no Node needed). */
class DifferentialTest {

  private static Path repo() {
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("conformance").resolve("golden"))) {
        return d;
      }
    }
    throw new AssertionError("conformance/golden not found above " + System.getProperty("user.dir"));
  }

  private static ObjectNode golden(String name) {
    return (ObjectNode) OracleFixtures.readJson(repo().resolve("conformance/golden/" + name + ".report.json"));
  }

  @Test
  void aReportAgreesWithItself() {
    for (String name : List.of("forkjoin", "xor_last_error", "fold_next", "malformed")) {
      Verdict v = Differential.compare(name, golden(name), golden(name));
      assertTrue(v.agrees(), name);
      assertTrue(v.fingerprint().isEmpty());
      assertEquals(Facet.values().length, v.facets().size());
    }
  }

  @Test
  void numbersCompareByValueAndNextPeersAsSets() {
    ObjectNode java = golden("xor_last_error");
    ObjectNode step = (ObjectNode) java.get("executedCalls").get(0);
    ((ArrayNode) step.get("args")).set(0, java.numberNode(1.0));
    Verdict v = Differential.compare("n", java, golden("xor_last_error"));
    assertTrue(v.agrees(), v.toString());
    ObjectNode forkjoin = golden("forkjoin");
    for (JsonNode s : forkjoin.get("steps")) {
      ArrayNode next = (ArrayNode) s.get("nextPeers");
      if (next.size() > 1) {
        JsonNode first = next.remove(0);
        next.add(first);
      }
    }
    assertTrue(Differential.compare("f", forkjoin, golden("forkjoin")).agrees());
  }

  @Test
  void aRetCodeDifferenceIsTheFingerprintWithItsStep() {
    ObjectNode java = golden("unhandled_error");
    ArrayNode steps = (ArrayNode) java.get("steps");
    ObjectNode last = (ObjectNode) steps.get(steps.size() - 1);
    long aquavm = last.get("retCode").asLong();
    last.put("retCode", 0);
    Verdict v = Differential.compare("u", java, golden("unhandled_error"));
    assertFalse(v.agrees());
    assertEquals(new Fingerprint(Facet.RET_CODES, "java 0 vs aquavm " + aquavm), v.fingerprint().orElseThrow());
    assertEquals("step " + steps.size() + " (" + last.get("peer").asText() + ")",
        v.facet(Facet.RET_CODES).difference().orElseThrow().where());
    assertTrue(v.facet(Facet.EXECUTED_CALLS).agrees());
  }

  @Test
  void parseErrorsCompareByTheirFinalPhrases() {
    String aquavm = golden("undefined_variable").get("steps").get(0).get("errorMessage").asText();
    assertEquals("air can't be parsed: variable 'undefined_var' wasn't defined", ErrorPhrases.comparable(aquavm));
    assertEquals(ErrorPhrases.comparable(aquavm),
        ErrorPhrases.comparable("air can't be parsed:\n  ^ variable 'undefined_var' wasn't defined\n"));
    assertEquals("Local service error, ret_code is N, error message is '_'",
        ErrorPhrases.template("Local service error, ret_code is 1, error message is '\"boom\"'"));
  }

  @Test
  void traceDifferencesAreClassifiedByLineKind() {
    ObjectNode java = golden("forkjoin");
    ObjectNode user = (ObjectNode) java.get("final").get("user");
    ArrayNode trace = (ArrayNode) user.get("compactTrace");
    trace.set(trace.size() - 1, java.textNode("ap gens=[9]"));
    Verdict v = Differential.compare("t", java, golden("forkjoin"));
    assertEquals(Facet.FINAL_TRACES, v.fingerprint().orElseThrow().facet());
    assertTrue(v.fingerprint().get().kind().endsWith("vs java ap"), v.fingerprint().get().kind());
  }

  @Test
  void theSummaryCountsFacetsAndScenarios() {
    ObjectNode bad = golden("unhandled_error");
    ((ObjectNode) bad.get("steps").get(0)).put("retCode", 5);
    List<Differential.Outcome> outcomes = List.of(
        new Differential.Outcome.Compared("a", Differential.compare("a", golden("forkjoin"), golden("forkjoin")),
            new JavaRun.Report(golden("forkjoin")), golden("forkjoin")),
        new Differential.Outcome.Compared("b", Differential.compare("b", bad, golden("unhandled_error")),
            new JavaRun.Report(bad), golden("unhandled_error")),
        new Differential.Outcome.Unusable("c", "invalid"));
    ConformanceSummary s = ConformanceSummary.of(outcomes);
    assertEquals(2, s.compared());
    assertEquals(1, s.agreeing());
    assertEquals(1, s.unusable());
    assertEquals(1, s.agreeingPerFacet().get(Facet.RET_CODES));
    assertEquals(2, s.agreeingPerFacet().get(Facet.EXECUTED_CALLS));
    assertTrue(s.table().endsWith("conformance: 1/2 scenarios agree\n"), s.table());
    String text = DisagreementText.render((Differential.Outcome.Compared) outcomes.get(1));
    assertTrue(text.contains("first differing step 1:"), text);
  }
}
