package dev.airproof.interpreter.scenario;

import static dev.airproof.interpreter.scenario.ScriptedInterpreter.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.keys.PeerIdentity;
import dev.airproof.interpreter.semantics.CallRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fork-join of aquavm-wasm-driving.md §10 driven with a scripted interpreter that returns the
 * outcomes AquaVM 0.62 returns there (traces rebuilt with real CIDs, signatures left out). Golden
 * files under src/test/resources/scenario; {@code -Dgolden.update=true} rewrites them.
 */
class RunReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/scenario");
  private static final String U = PeerIdentity.fromAlias("user").peerId();
  private static final String P1 = PeerIdentity.fromAlias("provider_1").peerId();
  private static final String P2 = PeerIdentity.fromAlias("provider_2").peerId();
  private static final String AV = PeerIdentity.fromAlias("average").peerId();

  private static String d(TestData data) {
    return new String(data.bytes(), StandardCharsets.UTF_8);
  }

  private static CallRequest request(String service, String function, List<JsonNode> args,
      List<List<SecurityTetraplet>> tetraplets) {
    return new CallRequest(service, function, args, tetraplets);
  }

  static ScriptedInterpreter forkJoin() {
    var n = JsonNodeFactory.instance;
    CallRequest get = request("prices", "get", List.of(), List.of());
    CallRequest calc = request("average_service", "calc", List.of(n.numberNode(10), n.numberNode(20)),
        List.of(List.of(new SecurityTetraplet(P1, "prices", "get", "")),
            List.of(new SecurityTetraplet(P2, "prices", "get", ""))));
    CallRequest show = request("recieve_service", "show", List.of(n.numberNode(15)),
        List.of(List.of(new SecurityTetraplet(AV, "average_service", "calc", ""))));
    return new ScriptedInterpreter()
        .then(U, outcome(0, d(new TestData().par(1, 1).sentBy(U).sentBy(U)), List.of(P1, P2), Map.of()))
        .then(P1, outcome(0, d(new TestData().lcid(1).par(1, 1).sentBy(P1, 1).sentBy(U)), List.of(), Map.of(1, get)))
        .then(P2, outcome(0, d(new TestData().lcid(1).par(1, 1).sentBy(U).sentBy(P2, 1)), List.of(), Map.of(1, get)))
        .then(P1, outcome(0, d(new TestData().lcid(1).par(1, 1).scalar("10", P1, "prices", "get").sentBy(U)
            .sentBy(P1)), List.of(AV), Map.of()))
        .then(P2, outcome(0, d(new TestData().lcid(1).par(1, 1).sentBy(U).scalar("20", P2, "prices", "get")
            .sentBy(P2)), List.of(AV), Map.of()))
        .then(AV, outcome(0, d(new TestData().par(1, 1).scalar("10", P1, "prices", "get").sentBy(U)), List.of(), Map.of()))
        .then(AV, outcome(0, d(new TestData().lcid(1).par(1, 1).scalar("10", P1, "prices", "get")
            .scalar("20", P2, "prices", "get").sentBy(AV, 1)), List.of(), Map.of(1, calc)))
        .then(AV, outcome(0, d(new TestData().lcid(1).par(1, 1).scalar("10", P1, "prices", "get")
            .scalar("20", P2, "prices", "get").scalar("15", "[10,20]", AV, "average_service", "calc").sentBy(AV)),
            List.of(U), Map.of()))
        .then(U, outcome(0, d(new TestData().lcid(1).par(1, 1).scalar("10", P1, "prices", "get")
            .scalar("20", P2, "prices", "get").scalar("15", "[10,20]", AV, "average_service", "calc").sentBy(U, 1)),
            List.of(), Map.of(1, show)))
        .then(U, outcome(0, d(new TestData().lcid(1).par(1, 1).scalar("10", P1, "prices", "get")
            .scalar("20", P2, "prices", "get").scalar("15", "[10,20]", AV, "average_service", "calc").unused("\"shown\"")),
            List.of(), Map.of()));
  }

  static RunReport forkJoinReport() throws IOException {
    String json = Files.readString(GOLDEN.resolve("forkjoin.scenario.json"));
    Scenario s = ScenarioReaderTest.ok(json);
    return ScenarioRunner.run(s, new Null(Span.NONE), s.air(), forkJoin());
  }

  @Test
  void forkJoinFollowsTheReferenceRun() throws IOException {
    RunReport r = forkJoinReport();
    assertEquals(List.of("user", "provider_1", "provider_2", "provider_1", "provider_2", "average", "average",
        "average", "user", "user"), r.steps().stream().map(RunReport.Step::peer).toList());
    assertEquals(List.of(3, 2, 2, 3), r.finals().stream().map(RunReport.PeerFinal::invocations).toList());
    assertEquals(List.of("par 1 1", "call scalar 10 <- " + P1 + " prices.get", "call scalar 20 <- " + P2
        + " prices.get", "call scalar 15 <- " + AV + " average_service.calc", "call unused"), r.finals().get(0).compactTrace());
  }

  /**
   * forkjoin.aquavm.report.json is the report the Node driver produced from the real AquaVM 0.62
   * wasm (bridge branch, conformance/golden/forkjoin.report.json). The scripted interpreter returns
   * AquaVM's outcomes, so the Java report must be byte-identical, CIDs included.
   */
  @Test
  void byteIdenticalToTheRealAquaVmReport() throws IOException {
    assertEquals(Files.readString(GOLDEN.resolve("forkjoin.aquavm.report.json")),
        RunReportJson.write(forkJoinReport()) + "\n");
  }

  @Test
  void reportTextGolden() throws IOException {
    String text = RunReportText.render(forkJoinReport());
    assertTrue(text.contains("{{provider_1}}"), text);
    golden("forkjoin.report.txt", text);
  }

  static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual);
    }
    assertTrue(Files.exists(file), "missing golden file " + file + " (run with -Dgolden.update=true)");
    assertEquals(Files.readString(file), actual, "golden " + name + " differs (run with -Dgolden.update=true to accept)");
  }
}
