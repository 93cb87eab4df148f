package dev.airproof.interpreter.scenario;

import static dev.airproof.interpreter.scenario.ScriptedInterpreter.ok;
import static dev.airproof.interpreter.scenario.ScriptedInterpreter.outcome;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.data.keys.PeerIdentity;
import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.RunParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {
  static final String U = PeerIdentity.fromAlias("user").peerId();
  static final String A = PeerIdentity.fromAlias("a").peerId();
  static final String B = PeerIdentity.fromAlias("b").peerId();
  static final String C = PeerIdentity.fromAlias("c").peerId();

  static RunReport run(String scenarioJson, ScriptedInterpreter fake) {
    Scenario s = ScenarioReaderTest.ok(scenarioJson);
    return ScenarioRunner.run(s, new Null(Span.NONE), s.air(), fake);
  }

  static String scenario(String extra) {
    return "{\"name\":\"t\",\"air\":\"(null)\",\"peers\":[\"user\",\"a\",\"b\",\"c\"]" + extra + "}";
  }

  static CallRequest req(String service, String function, int... args) {
    var nodes = java.util.Arrays.stream(args).mapToObj(i -> (com.fasterxml.jackson.databind.JsonNode)
        JsonNodeFactory.instance.numberNode(i)).toList();
    return new CallRequest(service, function, nodes, nodes.stream().map(n -> List.<dev.airproof.interpreter.data.SecurityTetraplet>of()).toList());
  }

  static List<String> order(ScriptedInterpreter fake) {
    return fake.invocations.stream().map(i -> i.peerId().equals(U) ? "user" : i.peerId().equals(A) ? "a"
        : i.peerId().equals(B) ? "b" : i.peerId().equals(C) ? "c" : i.peerId()).toList();
  }

  /** Forwarding in peers order (not next_peer_pks order), FIFO delivery, unknown ids undelivered. */
  @Test
  void fifoForwardsInPeersOrder() {
    ScriptedInterpreter fake = new ScriptedInterpreter()
        .then(U, ok("u1", C, "zz-unknown", A, "aa-unknown", B))
        .then(A, ok("a1", B)).then(B, ok("b1")).then(C, ok("c1")).then(B, ok("b2"));
    RunReport r = run(scenario(""), fake);
    assertEquals(List.of("user", "a", "b", "c", "b"), order(fake));
    assertEquals(List.of("a", "b", "c", "aa-unknown", "zz-unknown"), r.steps().get(0).nextPeers());
    assertEquals(List.of("aa-unknown", "zz-unknown"), r.undelivered());
    assertEquals(RunReport.StopReason.QUIESCENT, r.stopReason());
    assertEquals("", fake.invocations.get(0).prev());
    assertEquals("u1", fake.invocations.get(1).current());
    assertEquals("b1", fake.invocations.get(4).prev(), "prev = stored data of the recipient");
    assertEquals("a1", fake.invocations.get(4).current());
    assertEquals(new RunReport.Trigger.Particle(Optional.of("a")), r.steps().get(4).trigger());
    assertEquals(new RunReport.Trigger.Particle(Optional.empty()), r.steps().get(0).trigger());
    RunParameters p = fake.invocations.get(1).params();
    assertEquals(RunParameters.of(U, A, 1700000000000L, 120000L, PeerIdentity.fromAlias("a").seed(), "particle-1"), p);
    assertArrayEquals(PeerIdentity.fromAlias("a").seed(), p.secretKey());
  }

  private static ScriptedInterpreter threeWay() {
    return new ScriptedInterpreter().then(U, ok("u1", A, B, C)).then(A, ok("a")).then(B, ok("b")).then(C, ok("c"));
  }

  /** Seed 1: r = .627 (init, 1 msg), .0027*3 → 0 (a), .527*2 → 1 (c), then b. */
  @Test
  void seededOrderSeed1() {
    ScriptedInterpreter fake = threeWay();
    run(scenario(",\"delivery\":{\"seed\":1}"), fake);
    assertEquals(List.of("user", "a", "c", "b"), order(fake));
  }

  /** Seed 42: r = .601 (init), .448*3 → 1 (b), .852*2 → 1 (c), then a. */
  @Test
  void seededOrderSeed42() {
    ScriptedInterpreter fake = threeWay();
    run(scenario(",\"delivery\":{\"seed\":42}"), fake);
    assertEquals(List.of("user", "b", "c", "a"), order(fake));
  }

  /** Queue mode: particles of a step are queued before its call-results message. */
  @Test
  void queuedCallResultsAfterParticles() {
    ScriptedInterpreter fake = new ScriptedInterpreter()
        .then(U, outcome(0, "u1", List.of(A), Map.of(2, req("s", "g"), 1, req("s", "f", 7))))
        .then(A, ok("a1"))
        .then(U, ok("u2"));
    RunReport r = run(scenario(",\"services\":{\"*\":{\"s/f\":{\"echo\":true},\"s/g\":{\"return\":\"x\"}}}"), fake);
    assertEquals(List.of("user", "a", "user"), order(fake));
    assertEquals(Map.of(1, new CallServiceResult(0, "[7]"), 2, new CallServiceResult(0, "\"x\"")),
        fake.invocations.get(2).results());
    assertEquals("", fake.invocations.get(2).current());
    assertEquals("u1", fake.invocations.get(2).prev());
    assertEquals(new RunReport.Trigger.CallResults(List.of(new RunReport.Answer(1, 0, "[7]"),
        new RunReport.Answer(2, 0, "\"x\""))), r.steps().get(2).trigger());
    assertEquals(List.of(1, 2), r.executedCalls().stream().map(c -> c.request().key()).toList());
    assertEquals(List.of(1, 1), r.executedCalls().stream().map(RunReport.ExecutedCall::step).toList());
  }

  /** Inline mode: the same peer is re-invoked at once; next peers are unioned and sent last. */
  @Test
  void inlineReinvokesAndForwardsTheUnionAtTheEnd() {
    ScriptedInterpreter fake = new ScriptedInterpreter()
        .then(U, outcome(0, "u1", List.of(B), Map.of(1, req("s", "f"))))
        .then(U, outcome(0, "u2", List.of(A), Map.of(2, req("s", "f"))))
        .then(U, ok("u3"))
        .then(A, ok("a1")).then(B, ok("b1"));
    RunReport r = run(scenario(",\"delivery\":{\"callResults\":\"inline\"},\"services\":{\"*\":{\"*\":{\"return\":1}}}"), fake);
    assertEquals(List.of("user", "user", "user", "a", "b"), order(fake));
    assertEquals("u3", fake.invocations.get(3).current(), "the last data is forwarded");
    assertEquals("u2", fake.invocations.get(2).prev(), "data stored after each invocation");
    assertEquals(Map.of(2, new CallServiceResult(0, "1")), fake.invocations.get(2).results());
    assertEquals(5, r.invocations());
  }

  @Test
  void inlineStopsAtMaxSteps() {
    ScriptedInterpreter fake = new ScriptedInterpreter()
        .then(U, outcome(0, "u1", List.of(A), Map.of(1, req("s", "f"))))
        .then(U, outcome(0, "u2", List.of(), Map.of(2, req("s", "f"))));
    RunReport r = run(scenario(",\"maxSteps\":2,\"delivery\":{\"callResults\":\"inline\"},\"services\":{\"*\":{\"*\":{\"return\":1}}}"), fake);
    assertEquals(List.of("user", "user"), order(fake));
    assertEquals(RunReport.StopReason.MAX_STEPS, r.stopReason(), "the forwarded particle to a is still queued");
    assertEquals(2, r.executedCalls().size(), "requests of the last invocation are still answered");
  }

  @Test
  void inlineCutStopsWithMaxStepsEvenWhenTheQueueIsEmpty() {
    ScriptedInterpreter fake = new ScriptedInterpreter()
        .then(U, outcome(0, "u1", List.of(), Map.of(1, req("s", "f"))));
    RunReport r = run(scenario(",\"maxSteps\":1,\"delivery\":{\"callResults\":\"inline\"},\"services\":{\"*\":{\"*\":{\"return\":1}}}"), fake);
    assertEquals(1, r.invocations());
    assertEquals(RunReport.StopReason.MAX_STEPS, r.stopReason());
    RunReport silent = run(scenario(",\"maxSteps\":1,\"delivery\":{\"callResults\":\"inline\"},\"services\":{\"*\":{\"*\":{\"noResponse\":true}}}"),
        new ScriptedInterpreter().then(U, outcome(0, "u1", List.of(), Map.of(1, req("s", "f")))));
    assertEquals(RunReport.StopReason.QUIESCENT, silent.stopReason(), "nothing answered: nothing pending");
  }

  @Test
  void errorPolicyDefaultsStoreAndForward() {
    ScriptedInterpreter fake = new ScriptedInterpreter()
        .then(U, outcome(10000, "u-bad", List.of(A), Map.of(1, req("s", "f"))))
        .then(A, ok("a1"))
        .then(U, ok("u2"));
    RunReport r = run(scenario(""), fake);
    assertEquals(List.of("user", "a", "user"), order(fake));
    assertEquals("u-bad", fake.invocations.get(2).prev());
    assertEquals(10000, r.steps().get(0).retCode());
    assertEquals("error 10000", r.steps().get(0).errorMessage());
    assertEquals(Optional.of(new RunReport.Answer(1, 1,
        "\"No service found for service call: serviceId='s', fnName='f' args='[]'\"")), r.executedCalls().get(0).answer());
  }

  @Test
  void errorPolicyKeepOldDataAndDoNotForward() {
    ScriptedInterpreter fake = new ScriptedInterpreter()
        .then(U, ok("u1", U))
        .then(U, outcome(1, "u-bad", List.of(A), Map.of(1, req("s", "f"))))
        .then(U, ok("u3"));
    RunReport r = run(scenario(",\"delivery\":{\"onError\":{\"storeData\":false,\"forward\":false}}"), fake);
    assertEquals(List.of("user", "user", "user"), order(fake), "no particle to a; call results still answered");
    assertEquals("u1", fake.invocations.get(2).prev());
    assertEquals(List.of("a"), r.steps().get(1).nextPeers(), "next peers are reported even when not forwarded");
    assertEquals(new RunReport.Trigger.Particle(Optional.of("user")), r.steps().get(1).trigger());
  }

  @Test
  void maxStepsBoundsInvocations() {
    ScriptedInterpreter loop = new ScriptedInterpreter();
    for (int i = 0; i < 3; i++) {
      loop.then(U, ok("u" + i, U));
    }
    RunReport r = run(scenario(",\"maxSteps\":3"), loop);
    assertEquals(3, r.invocations());
    assertEquals(RunReport.StopReason.MAX_STEPS, r.stopReason());
    RunReport zero = run(scenario(",\"maxSteps\":0"), new ScriptedInterpreter());
    assertEquals(0, zero.invocations());
    assertEquals(RunReport.StopReason.MAX_STEPS, zero.stopReason());
    RunReport exact = run(scenario(",\"maxSteps\":1"), new ScriptedInterpreter().then(U, ok("u")));
    assertEquals(RunReport.StopReason.QUIESCENT, exact.stopReason(), "an empty queue wins over the bound");
  }

  @Test
  void noResponseLeavesRequestsUnanswered() {
    ScriptedInterpreter fake = new ScriptedInterpreter()
        .then(U, outcome(0, "u1", List.of(), Map.of(1, req("s", "f"), 2, req("s", "g"))))
        .then(U, ok("u2"));
    RunReport r = run(scenario(",\"services\":{\"user\":{\"s/f\":{\"noResponse\":true},\"s/g\":{\"return\":true}}}"), fake);
    assertEquals(Map.of(2, new CallServiceResult(0, "true")), fake.invocations.get(1).results());
    assertEquals(Optional.empty(), r.executedCalls().get(0).answer());
    RunReport silent = run(scenario(",\"services\":{\"*\":{\"*\":{\"noResponse\":true}}}"),
        new ScriptedInterpreter().then(U, outcome(0, "u1", List.of(), Map.of(1, req("s", "f")))));
    assertEquals(1, silent.invocations(), "no call-results message when nothing is answered");
  }

  @Test
  void finalsCoverEveryPeerInOrder() {
    String data = new String(new TestData().lcid(3).par(0, 0).sentBy(U, 1).bytes(), java.nio.charset.StandardCharsets.UTF_8);
    RunReport r = run(scenario(""), new ScriptedInterpreter().then(U, ok(data)));
    assertEquals(List.of("user", "a", "b", "c"), r.finals().stream().map(RunReport.PeerFinal::alias).toList());
    RunReport.PeerFinal user = r.finals().get(0);
    assertEquals(1, user.invocations());
    assertEquals(3, user.lcid());
    assertEquals(List.of("par 0 0", "call sent_by " + U + " call_id=1"), user.compactTrace());
    assertEquals(new RunReport.PeerFinal("a", 0, 0, 0, List.of(), JsonNodeFactory.instance.arrayNode()), r.finals().get(1));
  }
}
