package dev.airproof.properties.tlc;

import static dev.airproof.properties.tlc.TlcFixtures.environment;
import static dev.airproof.properties.tlc.TlcFixtures.peers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.scenario.ServiceBehaviour;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-validation of the TLC back end against the hand-written spec fixtures: each fixture's
 * script is written as AIR, its {@code Answers} as a service table and its faults as a budget; the
 * back end translates and checks it, and its verdicts must equal the verdicts spec/manifest.json
 * records for the fixture's configurations (TLC on the hand-written instance modules).
 *
 * <p>The explorer comparison on {@code examples/*.air} needs an {@code InsightfulInterpreter},
 * which this branch does not have yet (see docs/tla-backend.md).
 */
class SpecFixtureAgreementTest {
  private static final Map<String, PropertyId> CHECKS = Map.of(
      "Termination", PropertyId.TERMINATION, "QuiescentCompleted", PropertyId.COMPLETION,
      "Completion", PropertyId.COMPLETION, "NoStuckJoin", PropertyId.NO_STUCK_JOIN,
      "AtMostOnce", PropertyId.AT_MOST_ONCE, "Convergence", PropertyId.CONVERGENCE);

  record Fixture(String name, String air, List<String> peers,
      Map<String, Map<String, ServiceBehaviour>> services, FaultBudget faults, List<String> configs) {}

  private static ServiceBehaviour ret(Object v) {
    return new ServiceBehaviour.Return(v instanceof Integer n ? JsonNodeFactory.instance.numberNode(n)
        : v instanceof List<?> l ? array(l) : JsonNodeFactory.instance.textNode((String) v));
  }

  private static JsonNode array(List<?> l) {
    var a = JsonNodeFactory.instance.arrayNode();
    l.forEach(x -> a.add((String) x));
    return a;
  }

  private static ServiceBehaviour fails(String m) {
    return new ServiceBehaviour.Error(JsonNodeFactory.instance.textNode(m), 1);
  }

  private static ServiceBehaviour oneOf(ServiceBehaviour... b) {
    return new ServiceBehaviour.OneOf(List.of(b));
  }

  static List<Fixture> fixtures() {
    String forkJoin = """
        (seq (seq (par (call "provider_1" ("price" "get") ["BTC"] p1)
                       (call "provider_2" ("price" "get") ["BTC"] p2))
                  (call "avg_peer" ("math" "avg") [p1 p2] avg))
             (call %init_peer_id% ("callback" "result") [avg]))""";
    String stuckJoin = """
        (seq (xor (call "p1" ("svc" "get") [] x) (null))
             (seq (call "p2" ("svc" "use") [x] y) (call %init_peer_id% ("cb" "done") [y])))""";
    String xorFallback = """
        (xor (seq (call "p1" ("svc" "get") [] x) (call %init_peer_id% ("cb" "ok") [x]))
             (call %init_peer_id% ("cb" "err") [%last_error%.$.error_code]))""";
    String atMostOnce = """
        (seq (call "bank" ("account" "charge") [] receipt) (call %init_peer_id% ("cb" "done") [receipt]))""";
    String canonRace = """
        (seq (par (call "p1" ("svc" "value") [] $s) (call "p2" ("svc" "value") [] $s))
             (seq (canon %init_peer_id% $s #$c) (call %init_peer_id% ("cb" "got") [#$c])))""";
    String pingChain = """
        (xor (seq (call %init_peer_id% ("registry" "peers") [] peers)
                  (seq (fold peers p (seq (call p ("svc" "ping") [] r) (match r "pong" (next p))))
                       (call %init_peer_id% ("cb" "all") [peers.$.[1]])))
             (call %init_peer_id% ("cb" "failed") [:error:.$.error_code]))""";
    Map<String, Map<String, ServiceBehaviour>> amo = Map.of("*", Map.of("*", ret("receipt-1")));
    return List.of(
        new Fixture("ForkJoin", forkJoin, peers("client", "provider_1", "provider_2", "avg_peer"),
            Map.of("provider_1", Map.of("price/get", ret(100)),
                "provider_2", Map.of("price/get", oneOf(ret(110), ret(120))),
                "*", Map.of("math/avg", new ServiceBehaviour.Arg(0), "*", ret("ok"))),
            FaultBudget.NONE, List.of("ForkJoin.cfg")),
        new Fixture("StuckJoin", stuckJoin, peers("client", "p1", "p2"),
            Map.of("*", Map.of("svc/get", oneOf(ret(1), fails("unavailable")), "*", ret("done"))),
            FaultBudget.NONE,
            List.of("StuckJoin.cfg", "StuckJoin_NoStuckJoin.cfg", "StuckJoin_Completion.cfg")),
        new Fixture("XorFallback", xorFallback, peers("client", "p1"),
            Map.of("*", Map.of("svc/*", oneOf(ret(7), fails("unavailable")), "*", ret("ok"))),
            FaultBudget.NONE, List.of("XorFallback.cfg")),
        new Fixture("AtMostOnce duplicate", atMostOnce, peers("client", "bank"), amo,
            new FaultBudget(2, 0, 0), List.of("AtMostOnce_Duplicate.cfg")),
        new Fixture("AtMostOnce amnesia", atMostOnce, peers("client", "bank"), amo,
            new FaultBudget(0, 0, 1), List.of("AtMostOnce_Amnesia.cfg")),
        new Fixture("AtMostOnce loss", atMostOnce, peers("client", "bank"), amo,
            new FaultBudget(0, 1, 0), List.of("AtMostOnce_Loss.cfg", "AtMostOnce_LossCompletion.cfg")),
        new Fixture("CanonRace", canonRace, peers("client", "p1", "p2"),
            Map.of("p1", Map.of("svc/value", ret("a")), "p2", Map.of("svc/value", ret("b")),
                "*", Map.of("*", ret("ok"))),
            FaultBudget.NONE, List.of("CanonRace.cfg", "CanonRace_Convergence.cfg")),
        new Fixture("PingChain", pingChain, peers("client", "p1", "p2"),
            Map.of("p2", Map.of("svc/ping", oneOf(ret("pong"), ret("down"))),
                "*", Map.of("registry/peers", ret(List.of("p1", "p2")), "svc/ping", ret("pong"),
                    "*", ret("ok"))),
            FaultBudget.NONE, List.of("PingChain.cfg")));
  }

  @TestFactory
  Stream<DynamicTest> tlcBackendReproducesTheManifestVerdicts() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(Path.of("..", "spec", "manifest.json").toFile());
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> check(f, manifest)));
  }

  private static void check(Fixture f, JsonNode manifest) {
    Map<PropertyId, String> expected = expected(f, manifest);
    assertFalse(expected.isEmpty(), "the manifest names checks for " + f.configs());
    Environment env = environment(f.air(), f.peers(), f.services(), f.faults());
    TlcBackend backend = new TlcBackend(TlcFixtures.jvm(), TlcFixtures.workRoot(), 512);
    List<PropertyResult> results = backend.check(new VerificationTask(env, expected.keySet(),
        new Bounds(1_000_000, 10_000, 120_000), 0, Progress.NONE));
    assertEquals(expected.size(), results.size());
    for (PropertyResult r : results) {
      assertEquals(expected.get(r.property()), r.verdict().word(),
          f.name() + " " + r.property() + ": " + r.detail());
      if (r.counterexample().isPresent()) {
        assertTrue(!r.counterexample().get().steps().isEmpty(), "a violation comes with steps");
      }
    }
  }

  /** The manifest's verdicts of the fixture's configurations, as catalogue properties. */
  private static Map<PropertyId, String> expected(Fixture f, JsonNode manifest) {
    Map<PropertyId, String> out = new EnumMap<>(PropertyId.class);
    for (JsonNode module : manifest.get("modules")) {
      for (JsonNode model : module.get("models")) {
        String cfg = Path.of(model.get("path").asText()).getFileName().toString();
        if (!f.configs().contains(cfg)) {
          continue;
        }
        model.get("checks").fields().forEachRemaining(e -> {
          PropertyId p = CHECKS.get(e.getKey());
          if (p != null) {
            String before = out.putIfAbsent(p, e.getValue().asText());
            assertTrue(before == null || before.equals(e.getValue().asText()),
                "the manifest agrees with itself on " + p);
          }
        });
      }
    }
    return out;
  }

  /** The properties a fixture decides (for the report in docs). */
  static Set<PropertyId> decided() {
    return Set.copyOf(CHECKS.values());
  }
}
