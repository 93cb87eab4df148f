package dev.airproof.interpreter.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.json.JsJson;
import dev.airproof.interpreter.data.keys.PeerIdentity;
import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.interpreter.semantics.Outcome;
import dev.airproof.interpreter.semantics.RunParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of the driver against the Node driver of the real AquaVM 0.62 wasm: for every
 * scenario under src/test/resources/scenario/aquavm (copied from the bridge branch's
 * conformance/scenarios and conformance/golden), an interpreter that replays AquaVM's recorded
 * outcomes (ret code, message, next peers, call requests; data left empty) is driven by the Java
 * runner, which must then report the same steps, triggers, answers, executed calls, undelivered
 * ids and stop reason byte for byte. It also checks that the replayed invocation sequence is the
 * recorded one (peer and trigger of every step).
 */
class AquaVmReplayTest {
  private static final Path DIR = Path.of("src/test/resources/scenario/aquavm");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COMPARED =
      List.of("name", "peers", "stopReason", "invocations", "steps", "executedCalls", "undelivered");

  @TestFactory
  Stream<DynamicTest> sameDriverDecisionsAsTheNodeDriver() throws IOException {
    List<Path> goldens;
    try (Stream<Path> files = Files.list(DIR)) {
      goldens = files.filter(p -> p.getFileName().toString().endsWith(".report.json")).sorted().toList();
    }
    assertTrue(goldens.size() >= 10, "expected the AquaVM goldens in " + DIR);
    return goldens.stream().map(g -> DynamicTest.dynamicTest(g.getFileName().toString(), () -> check(g)));
  }

  /** The Node driver's text is JSON.stringify(report, null, 2) + "\n": JsJson must print it identically. */
  @TestFactory
  Stream<DynamicTest> jsJsonReprintsEveryNodeReport() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".report.json")).sorted().toList().stream()
          .map(g -> DynamicTest.dynamicTest(g.getFileName().toString(), () -> {
            String text = Files.readString(g);
            assertEquals(text, JsJson.pretty(JSON.readTree(text)) + "\n");
          }));
    }
  }

  /**
   * The reports carry each peer's trace but not its CID stores, so lines that need no store (par,
   * sent_by, unused, fold, ap, canon sent_by) are compared with AquaVM's compactTrace directly.
   */
  @TestFactory
  Stream<DynamicTest> storeFreeCompactLinesMatchTheNodeDriver() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".report.json")).sorted().toList().stream()
          .map(g -> DynamicTest.dynamicTest(g.getFileName().toString(), () -> {
            JsonNode finals = JSON.readTree(Files.readString(g)).get("final");
            int compared = 0;
            for (JsonNode peer : finals) {
              var doc = JSON.createObjectNode();
              doc.set("trace", peer.get("trace"));
              List<String> mine = CompactTrace.lines(doc);
              for (int i = 0; i < mine.size(); i++) {
                String theirs = peer.get("compactTrace").get(i).textValue();
                if (!mine.get(i).contains("<missing CID>")) {
                  assertEquals(theirs, mine.get(i), g.getFileName() + " state " + i);
                  compared++;
                }
              }
            }
            assertTrue(compared > 0 || finals.isEmpty() || g.toString().contains("malformed")
                || g.toString().contains("undefined") || g.toString().contains("canon_name"), "nothing compared");
          }));
    }
  }

  private static void check(Path golden) throws IOException {
    String base = golden.getFileName().toString().replace(".report.json", "");
    Scenario s = ScenarioReaderTest.ok(Files.readString(DIR.resolve(base + ".json")));
    JsonNode expected = JSON.readTree(Files.readString(golden));
    Replay replay = new Replay(expected.get("steps"), PeerDirectory.of(s.peers()), s.peers());
    RunReport report = ScenarioRunner.run(s, new Null(Span.NONE), s.air(), replay);
    JsonNode actual = RunReportJson.tree(report);
    for (String field : COMPARED) {
      assertEquals(JsJson.pretty(expected.get(field)), JsJson.pretty(actual.get(field)), base + ": " + field);
    }
  }

  /** Returns the recorded outcome of step i at the i-th invocation. */
  private static final class Replay implements Interpreter {
    private final JsonNode steps;
    private final PeerDirectory peers;
    private final List<String> aliases;
    private int next;

    Replay(JsonNode steps, PeerDirectory peers, List<String> aliases) {
      this.steps = steps;
      this.peers = peers;
      this.aliases = aliases;
    }

    @Override
    public Outcome invoke(Instruction script, String scriptText, byte[] prev, byte[] current,
        RunParameters params, Map<Integer, CallServiceResult> callResults) {
      JsonNode step = steps.get(next++);
      assertEquals(peers.peerId(step.get("peer").textValue()), params.currentPeerId(), "peer of step " + next);
      assertEquals(step.path("trigger").path("kind").textValue().equals("callResults"), !callResults.isEmpty(),
          "trigger kind of step " + next);
      List<String> nextPeers = new ArrayList<>();
      step.get("nextPeers").forEach(p -> nextPeers.add(aliases.contains(p.textValue())
          ? peers.peerId(p.textValue()) : ids(p.textValue())));
      TreeMap<Integer, CallRequest> requests = new TreeMap<>();
      for (JsonNode r : step.get("callRequests")) {
        List<JsonNode> args = new ArrayList<>();
        r.get("args").forEach(a -> args.add(ids(a)));
        List<List<SecurityTetraplet>> tetraplets = new ArrayList<>();
        for (JsonNode perArg : r.get("tetraplets")) {
          List<SecurityTetraplet> list = new ArrayList<>();
          perArg.forEach(t -> list.add(new SecurityTetraplet(ids(t.get("peer_pk").textValue()),
              ids(t.get("service_id").textValue()), ids(t.get("function_name").textValue()), ids(t.get("lens").textValue()))));
          tetraplets.add(list);
        }
        requests.put(r.get("key").intValue(), new CallRequest(ids(r.get("service").textValue()),
            ids(r.get("function").textValue()), args, tetraplets));
      }
      return new Outcome(step.get("retCode").longValue(), ids(step.get("errorMessage").textValue()), new byte[0],
          nextPeers, requests, false, false, false);
    }

    private String ids(String text) {
      String out = text;
      for (String a : aliases) {
        PeerIdentity id = peers.identity(a);
        out = out.replace("{{key:" + a + "}}", id.signatureStoreKey()).replace("{{" + a + "}}", id.peerId());
      }
      return out;
    }

    private JsonNode ids(JsonNode node) {
      try {
        return JSON.readTree(ids(JSON.writeValueAsString(node)));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
