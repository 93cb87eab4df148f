package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The bridge against the real AquaVM: reference run, error survival, pipelining and the ast export. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AquaVmBridgeTest {
  private AquaVmBridge bridge;
  private Path conformance;

  @BeforeAll
  void start() {
    bridge = AquaVmBridge.start();
    conformance = OracleFixtures.conformance(bridge.installation());
  }

  @AfterAll
  void stop() {
    if (bridge != null) {
      bridge.close();
    }
  }

  private JsonNode scenario(String name) {
    return OracleFixtures.readJson(conformance.resolve("scenarios").resolve(name + ".json"));
  }

  private String golden(String name) {
    return OracleFixtures.readText(OracleFixtures.goldenFile(conformance, name));
  }

  @Test
  void forkJoinReproducesTheReferenceRun() {
    JsonNode report = bridge.run(scenario("forkjoin"));
    assertEquals(golden("forkjoin"), OracleFixtures.reportText(report));
    // The reference table of aquavm-wasm-driving.md §10, independently of the golden file.
    assertEquals("quiescent", report.get("stopReason").asText());
    assertEquals(10, report.get("invocations").asInt());
    List<String> peers = report.get("steps").findValues("peer").stream().map(JsonNode::asText).toList();
    assertEquals(List.of("user", "provider_1", "provider_2", "provider_1", "provider_2", "average", "average",
        "average", "user", "user"), peers);
    assertEquals("par 1 1", report.at("/final/user/compactTrace/0").asText());
    assertEquals("call scalar 15 <- {{average}} average_service.calc", report.at("/final/user/compactTrace/3").asText());
    // Peer ids of aquavm-wasm-driving.md §8.
    assertEquals("12D3KooWCNR6wpQhZuw72LvLvwu78yh3yw8PNeRTzcqwibwJswk2", report.at("/peers/user").asText());
    assertEquals("12D3KooWSSYGRM3KT4bLBacESCXFRTK6WT2MFdp8zoMsAZf2QMxE", report.at("/peers/provider_1").asText());
    assertEquals("12D3KooWLhzo9rftx2YBgKa9cU5gQb3K6YLdDVr2AGhgPaHJDKAK", report.at("/peers/provider_2").asText());
    assertEquals("12D3KooWA45x1DgWTsF1hEeXXAqyFFhUASWX5yxVddAB9kKcAkek", report.at("/peers/average").asText());
    List<Integer> invocations = List.of("user", "provider_1", "provider_2", "average").stream()
        .map(a -> report.at("/final/" + a + "/invocations").asInt()).toList();
    assertEquals(List.of(3, 2, 2, 3), invocations);
  }

  @Test
  void serverSurvivesMalformedScenarios() {
    ObjectNode noPeers = OracleFixtures.MAPPER.createObjectNode().put("name", "no-peers").put("air", "(null)");
    AquaVmBridgeException rejected = assertThrows(AquaVmBridgeException.class, () -> bridge.run(noPeers));
    assertTrue(rejected.getMessage().contains("scenario.peers must be a non-empty array"), rejected.getMessage());

    ObjectNode badBehaviour = (ObjectNode) scenario("forkjoin");
    badBehaviour.withObject("/services/provider_1").putObject("prices/get").put("bogus", 1);
    AquaVmBridgeException unknown = assertThrows(AquaVmBridgeException.class, () -> bridge.run(badBehaviour));
    assertTrue(unknown.getMessage().contains("unknown behaviour"), unknown.getMessage());

    assertThrows(AquaVmBridgeException.class,
        () -> bridge.run(OracleFixtures.MAPPER.getNodeFactory().textNode("not a scenario")));
    assertEquals(golden("forkjoin"), OracleFixtures.reportText(bridge.run(scenario("forkjoin"))));
  }

  @Test
  void runAllKeepsTheOrderOfItsScenarios() {
    List<JsonNode> reports = bridge.runAll(List.of(scenario("malformed"), scenario("forkjoin"), scenario("ap")));
    assertEquals(golden("malformed"), OracleFixtures.reportText(reports.get(0)));
    assertEquals(golden("forkjoin"), OracleFixtures.reportText(reports.get(1)));
    assertEquals(golden("ap"), OracleFixtures.reportText(reports.get(2)));
  }

  @Test
  void astExportParsesAndRejects() {
    assertEquals("{\"Seq\":[{\"Null\":null},{\"Null\":null}]}", bridge.ast("(seq (null) (null))"));
    String rejected = bridge.ast("(nul");
    assertTrue(rejected.startsWith("error:"), rejected);
    assertTrue(rejected.contains("expected ap or call or canon"), rejected);
  }
}
