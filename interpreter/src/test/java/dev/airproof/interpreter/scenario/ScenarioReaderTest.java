package dev.airproof.interpreter.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
  static final String USER = "12D3KooWCNR6wpQhZuw72LvLvwu78yh3yw8PNeRTzcqwibwJswk2";
  static final String P1 = "12D3KooWSSYGRM3KT4bLBacESCXFRTK6WT2MFdp8zoMsAZf2QMxE";

  static Scenario ok(String json) {
    ScenarioReadResult r = ScenarioReader.read(json, "t.json");
    if (r instanceof ScenarioReadResult.Invalid i) {
      throw new AssertionError(i.errors().toString());
    }
    return ((ScenarioReadResult.Read) r).scenario();
  }

  static List<String> errors(String json) {
    ScenarioReadResult r = ScenarioReader.read(json, "t.json");
    return assertInstanceOf(ScenarioReadResult.Invalid.class, r).errors().stream().map(e -> e.render("t.json")).toList();
  }

  @Test
  void defaults() {
    Scenario s = ok("{\"name\":\"n\",\"air\":\"(null)\",\"peers\":[\"user\",\"provider_1\"]}");
    assertEquals("user", s.initPeer());
    assertEquals(new Scenario.Particle("particle-1", 1700000000000L, 120000L), s.particle());
    assertEquals(new Scenario.Delivery(OptionalLong.empty(), Scenario.CallResultsPolicy.QUEUE,
        new Scenario.OnError(true, true)), s.delivery());
    assertEquals(1000, s.maxSteps());
    assertTrue(s.services().isEmpty());
  }

  @Test
  void everythingGivenAndAliasesSubstituted() {
    Scenario s = ok("""
        {"name": "n", "air": ["(call \\"{{provider_1}}\\" (\\"s\\" \\"f\\") [])", "  (null)"],
         "peers": ["user", "provider_1"], "initPeer": "provider_1",
         "services": {"user": {"s/f": {"return": {"who": "{{user}}!", "list": ["{{provider_1}}", 1]}}},
                      "*": {"*": {"sequence": [{"error": "{{user}}", "retCode": 7}, {"echo": true}, {"arg": 2},
                              {"raw": {"retCode": 3, "result": "{{user}}"}}, {"noResponse": true},
                              {"oneOf": [{"return": 1}, {"return": 2}]}]}}},
         "particle": {"id": "p-1", "timestamp": 5, "ttl": 6},
         "delivery": {"seed": 42, "callResults": "inline", "onError": {"storeData": false, "forward": false}},
         "maxSteps": 7}
        """);
    assertEquals("(call \"" + P1 + "\" (\"s\" \"f\") [])\n  (null)", s.air());
    assertEquals("provider_1", s.initPeer());
    assertEquals(TestData.json("{\"who\":\"" + USER + "!\",\"list\":[\"" + P1 + "\",1]}"),
        ((ServiceBehaviour.Return) s.services().get("user").get("s/f")).value());
    var seq = (ServiceBehaviour.Sequence) s.services().get("*").get("*");
    assertEquals(List.of(
        new ServiceBehaviour.Error(TestData.json("\"" + USER + "\""), 7), new ServiceBehaviour.Echo(),
        new ServiceBehaviour.Arg(2), new ServiceBehaviour.Raw(3, "{{user}}"), new ServiceBehaviour.NoResponse(),
        new ServiceBehaviour.OneOf(List.of(new ServiceBehaviour.Return(TestData.json("1")),
            new ServiceBehaviour.Return(TestData.json("2"))))), seq.steps());
    assertEquals(new Scenario.Particle("p-1", 5, 6), s.particle());
    assertEquals(new Scenario.Delivery(OptionalLong.of(42), Scenario.CallResultsPolicy.INLINE,
        new Scenario.OnError(false, false)), s.delivery());
    assertEquals(7, s.maxSteps());
  }

  @Test
  void unknownAliasNamedWithPosition() {
    assertEquals(List.of("t.json:2:3: $.air: unknown alias \"bob\" in {{bob}} (peers: user)"),
        errors("{\"name\":\"n\",\"peers\":[\"user\"],\n  \"air\": \"(call \\\"{{bob}}\\\" (\\\"s\\\" \\\"f\\\") [])\"}"));
    assertEquals(List.of("t.json:1:76: $.services.user[\"s/f\"].return.x: unknown alias \"eve\" in {{eve}} (peers: user)"),
        errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"user\"],\"services\":{\"user\":{\"s/f\":{\"return\":{\"x\":\"{{eve}}\"}}}}}"));
  }

  @Test
  void unknownFieldsRejected() {
    assertEquals(List.of("t.json:1:36: $.colour: unknown field \"colour\" (allowed here: air, delivery, initPeer, "
            + "maxSteps, name, particle, peers, services)"),
        errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"colour\":1}"));
    List<String> e = errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"delivery\":{\"sed\":1,\"onError\":{\"x\":true}},"
        + "\"services\":{\"u\":{\"s/f\":{\"return\":1,\"retCode\":2}}}}");
    assertEquals(3, e.size(), e.toString());
    assertTrue(e.get(0).contains("$.delivery.sed: unknown field \"sed\""), e.get(0));
    assertTrue(e.get(1).contains("$.delivery.onError.x: unknown field"), e.get(1));
    assertTrue(e.get(2).contains("$.services.u[\"s/f\"].retCode: unknown field \"retCode\" in a behaviour"), e.get(2));
  }

  @Test
  void structuralErrors() {
    assertTrue(errors("{\"name\":1,\"air\":\"\",\"peers\":[\"u\"]}").get(0).contains("$.name: name must be a string"));
    assertEquals("", ok("{\"air\":\"\",\"peers\":[\"u\"]}").name(), "name defaults to the empty string");
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\",\"u\"]}").get(0).contains("$.peers[1]: duplicate"));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[]}").get(0).contains("non-empty array"));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"initPeer\":\"v\"}").get(0)
        .contains("$.initPeer: initPeer must be one of the peers (u)"));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"services\":{\"v\":{}}}").get(0)
        .contains("$.services.v: \"v\" is neither a peer alias nor \"*\""));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"services\":{\"u\":{\"sf\":{\"echo\":true}}}}").get(0)
        .contains("a service key is"));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"services\":{\"u\":{\"*\":{\"echo\":true,\"arg\":1}}}}").get(0)
        .contains("exactly one kind, found echo, arg"));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"services\":{\"u\":{\"*\":{\"sequence\":[]}}}}").get(0)
        .contains("non-empty array of behaviours"));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"delivery\":{\"callResults\":\"later\"}}").get(0)
        .contains("$.delivery.callResults: callResults must be \"queue\" or \"inline\""));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"delivery\":{\"seed\":1.5}}").get(0)
        .contains("seed must be an integer"));
    assertTrue(errors("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"maxSteps\":-1}").get(0)
        .contains("$.maxSteps: must be a non-negative integer"));
    assertTrue(errors("[1]").get(0).contains("a scenario is a JSON object"));
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    List<String> e = errors("{\"name\": \"n\",\n \"air\": ,\n}");
    assertEquals(1, e.size());
    assertTrue(e.get(0).startsWith("t.json:2:9: $: invalid JSON: "), e.get(0));
    assertTrue(errors("{\"name\":\"n\",\"name\":\"m\",\"air\":\"\",\"peers\":[\"u\"]}").get(0).contains("duplicate key \"name\""));
    assertTrue(errors("").get(0).contains("empty file"));
  }
}
