package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.gen.ScenarioGen;
import org.junit.jupiter.api.Test;

/** {@link ScenarioShrinker} with plain predicates (no Node needed). */
class ScenarioShrinkerTest {

  @Test
  void keepsOnlyWhatThePredicateNeeds() {
    ObjectNode s = ScenarioGen.nth(11, 3, ScenarioGen.Config.defaults()).scenario();
    JsonNode small = ScenarioShrinker.shrink(s, c -> c.path("air").asText().contains("(call"));
    assertTrue(small.path("air").asText().contains("(call"));
    assertTrue(small.path("air").asText().length() < s.path("air").asText().length(), small.toString());
    assertEquals(0, small.path("services").size(), "every service table is unnecessary: " + small);
    assertFalse(small.has("delivery"));
    for (int i = 1; i < small.path("peers").size(); i++) {
      String alias = small.path("peers").get(i).asText();
      assertTrue(small.path("air").asText().contains("{{" + alias + "}}"), "unmentioned peer kept: " + alias);
    }
  }

  @Test
  void returnsTheInputWhenThePredicateDoesNotHold() {
    ObjectNode s = ScenarioGen.nth(11, 4, ScenarioGen.Config.defaults()).scenario();
    assertEquals(s, ScenarioShrinker.shrink(s, c -> false));
  }

  @Test
  void simplifiesBehaviours() {
    ObjectNode s = ScenarioGen.nth(11, 5, ScenarioGen.Config.defaults()).scenario();
    JsonNode small = ScenarioShrinker.shrink(s, c -> c.path("services").path("*").has("*"));
    assertEquals(1, small.path("services").path("*").size(), small.toString());
    assertEquals("{\"return\":null}", small.path("services").path("*").path("*").toString());
  }

  @Test
  void dropsPeersOfAScenarioWithoutServices() {
    ObjectNode s = (ObjectNode) OracleFixtures.MAPPER.createObjectNode();
    s.put("name", "x");
    s.put("air", "(call %init_peer_id% (\"a\" \"b\") [])");
    s.putArray("peers").add("user").add("idle");
    JsonNode small = ScenarioShrinker.shrink(s, c -> c.path("air").asText().contains("call"));
    assertEquals(1, small.path("peers").size(), small.toString());
  }
}
