package dev.airproof.interpreter.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Mutable (random state, kind counts); draws service behaviours of a scenario
 * ({@code conformance/SCENARIO-SPEC.md}) for {@link ScenarioGen}: values shaped for the generated
 * scripts (arrays of peer ids for folds, objects with the generator's field names for lenses),
 * errors, raw non-JSON text, sequences, echo, arg and (rarely) no response.
 */
final class BehaviourGen {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final RandomGenerator rnd;
  private final List<String> aliases;
  private final EnumMap<ScenarioGen.BehaviourKind, Integer> counts = new EnumMap<>(ScenarioGen.BehaviourKind.class);

  BehaviourGen(RandomGenerator rnd, List<String> aliases) {
    this.rnd = rnd;
    this.aliases = List.copyOf(aliases);
  }

  Map<ScenarioGen.BehaviourKind, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** Any behaviour; {@code depth} bounds nested sequences. */
  ObjectNode behaviour(int depth) {
    int roll = rnd.nextInt(100);
    ObjectNode b = NODES.objectNode();
    if (roll < 42) {
      count(ScenarioGen.BehaviourKind.RETURN);
      b.set("return", value(2));
    } else if (roll < 52) {
      count(ScenarioGen.BehaviourKind.ERROR);
      b.set("error", rnd.nextInt(4) == 0 ? value(1) : NODES.textNode(pick(List.of("boom", "division by zero", "not found", ""))));
      if (rnd.nextBoolean()) {
        b.put("retCode", 1 + rnd.nextInt(rnd.nextInt(5) == 0 ? 100000 : 3));
      }
    } else if (roll < 58) {
      count(ScenarioGen.BehaviourKind.RAW);
      ObjectNode raw = b.putObject("raw");
      raw.put("retCode", rnd.nextInt(4) == 0 ? 1 : 0);
      raw.put("result", pick(List.of("not json", "{\"a\": 1", "", "[1, 2]", "\"text\"", "42", "tru")));
    } else if (roll < 70 && depth > 0) {
      count(ScenarioGen.BehaviourKind.SEQUENCE);
      ArrayNode seq = b.putArray("sequence");
      int n = 1 + rnd.nextInt(3);
      for (int i = 0; i < n; i++) {
        seq.add(behaviour(depth - 1));
      }
    } else if (roll < 82) {
      count(ScenarioGen.BehaviourKind.ECHO);
      b.put("echo", true);
    } else if (roll < 95) {
      count(ScenarioGen.BehaviourKind.ARG);
      b.put("arg", rnd.nextInt(3));
    } else if (roll < 97) {
      count(ScenarioGen.BehaviourKind.NO_RESPONSE);
      b.put("noResponse", true);
    } else {
      count(ScenarioGen.BehaviourKind.RETURN);
      b.set("return", peers());
    }
    return b;
  }

  /** A value the scripts can use: peer ids and arrays of them, numbers, strings, objects. */
  JsonNode value(int depth) {
    int roll = rnd.nextInt(depth > 0 ? 100 : 50);
    if (roll < 8) {
      return NODES.textNode(peer());
    } else if (roll < 16) {
      return NODES.numberNode(rnd.nextInt(7) - 1);
    } else if (roll < 24) {
      return NODES.textNode(pick(List.of("x", "", "hello", "7", "日本")));
    } else if (roll < 27) {
      return rnd.nextBoolean() ? NODES.booleanNode(rnd.nextBoolean()) : NODES.nullNode();
    } else if (roll < 30) {
      return NODES.numberNode(rnd.nextInt(4) + 0.5);
    } else if (roll < 55) {
      return peers();
    } else if (roll < 80) {
      ArrayNode a = NODES.arrayNode();
      int n = rnd.nextInt(4);
      for (int i = 0; i < n; i++) {
        a.add(value(depth - 1));
      }
      return a;
    }
    ObjectNode o = NODES.objectNode();
    int n = 1 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      o.set(pick(ValueGen.FIELDS), value(depth - 1));
    }
    return o;
  }

  private ArrayNode peers() {
    ArrayNode a = NODES.arrayNode();
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      a.add(peer());
    }
    return a;
  }

  String peer() {
    return "{{" + pick(aliases) + "}}";
  }

  <T> T pick(List<T> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  private void count(ScenarioGen.BehaviourKind kind) {
    counts.merge(kind, 1, Integer::sum);
  }
}
