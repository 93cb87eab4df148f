package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.reduce.AirShrinker;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Stateless; reduces a scenario while a predicate still holds: the script with {@link AirShrinker}
 * (subtrees deleted or replaced by {@code (null)}, values simplified), then peers that nothing
 * mentions, service tables and entries dropped, behaviours replaced by {@code {"return": null}} or
 * a sequence's first element, the delivery section dropped; repeated until nothing changes.
 * Deterministic; every kept candidate satisfies the predicate.
 */
public final class ScenarioShrinker {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_ROUNDS = 6;

  private ScenarioShrinker() {}

  /**
   * Immutable; a reduced disagreement.
   *
   * @param scenario the minimal scenario found
   * @param tests predicate evaluations (runs on both interpreters)
   * @param fingerprint the fingerprint kept while reducing (empty when the input agreed)
   */
  public record Result(ObjectNode scenario, int tests, Optional<Fingerprint> fingerprint) {
    public Result {
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }

  /** The smallest scenario reached from {@code scenario} on which {@code stillHolds} holds. */
  public static ObjectNode shrink(JsonNode scenario, Predicate<JsonNode> stillHolds) {
    ObjectNode current = scenario.deepCopy();
    if (!stillHolds.test(current)) {
      return current;
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String before = current.toString();
      current = air(current, stillHolds);
      current = peers(current, stillHolds);
      current = services(current, stillHolds);
      current = delivery(current, stillHolds);
      if (current.toString().equals(before)) {
        break;
      }
    }
    return current;
  }

  /**
   * Reduces a disagreement with AquaVM to a minimal scenario that disagrees with the same
   * {@link Fingerprint}; the input is returned when it does not disagree.
   */
  public static Result shrinkDisagreement(JsonNode scenario, Differential differential, AquaVmBridge bridge) {
    Optional<Fingerprint> target = fingerprint(scenario, differential, bridge);
    int[] tests = {0};
    if (target.isEmpty()) {
      return new Result(scenario.deepCopy(), 1, target);
    }
    ObjectNode small = shrink(scenario, candidate -> {
      tests[0]++;
      return fingerprint(candidate, differential, bridge).equals(target);
    });
    return new Result(small, tests[0] + 1, target);
  }

  /** The fingerprint of a scenario's disagreement; empty when it agrees or cannot be run. */
  public static Optional<Fingerprint> fingerprint(JsonNode scenario, Differential differential, AquaVmBridge bridge) {
    JsonNode report;
    try {
      report = bridge.run(scenario);
    } catch (AquaVmBridgeException e) {
      return Optional.empty();
    }
    return switch (differential.check(scenario, report)) {
      case Differential.Outcome.Compared c -> c.verdict().fingerprint();
      case Differential.Outcome.Unusable u -> Optional.empty();
    };
  }

  private static ObjectNode air(ObjectNode s, Predicate<JsonNode> p) {
    String text = airText(s.path("air"));
    if (!(AirParser.parse("script.air", text) instanceof Parsed parsed)) {
      return s;
    }
    Instruction small = AirShrinker.shrink(parsed.root(), c -> p.test(withAir(s, AirPrinter.print(c))));
    ObjectNode out = withAir(s, AirPrinter.print(small));
    return p.test(out) ? out : s;
  }

  private static String airText(JsonNode air) {
    if (air.isArray()) {
      List<String> lines = new ArrayList<>();
      air.forEach(l -> lines.add(l.asText()));
      return String.join("\n", lines);
    }
    return air.asText();
  }

  private static ObjectNode withAir(ObjectNode s, String air) {
    ObjectNode c = s.deepCopy();
    c.put("air", air);
    return c;
  }

  private static ObjectNode peers(ObjectNode s, Predicate<JsonNode> p) {
    ObjectNode current = s;
    List<String> aliases = new ArrayList<>();
    current.path("peers").forEach(a -> aliases.add(a.asText()));
    String init = current.path("initPeer").asText(aliases.isEmpty() ? "" : aliases.get(0));
    for (String alias : aliases) {
      if (alias.equals(init) || aliases.indexOf(alias) == 0) {
        continue;
      }
      ObjectNode c = current.deepCopy();
      if (c.get("services") instanceof ObjectNode services) {
        services.remove(alias);
      }
      if (c.toString().contains("{{" + alias + "}}")) {
        continue;
      }
      ArrayNode left = c.putArray("peers");
      current.path("peers").forEach(a -> {
        if (!a.asText().equals(alias)) {
          left.add(a);
        }
      });
      if (p.test(c)) {
        current = c;
      }
    }
    return current;
  }

  private static ObjectNode services(ObjectNode s, Predicate<JsonNode> p) {
    ObjectNode current = s;
    if (!current.path("services").isObject()) {
      return current;
    }
    for (String table : fieldNames(current.path("services"))) {
      ObjectNode dropped = current.deepCopy();
      ((ObjectNode) dropped.get("services")).remove(table);
      if (p.test(dropped)) {
        current = dropped;
        continue;
      }
      for (String key : fieldNames(current.path("services").path(table))) {
        current = entry(current, table, key, p);
      }
    }
    return current;
  }

  private static ObjectNode entry(ObjectNode s, String table, String key, Predicate<JsonNode> p) {
    ObjectNode removed = s.deepCopy();
    ((ObjectNode) removed.get("services").get(table)).remove(key);
    if (p.test(removed)) {
      return removed;
    }
    JsonNode behaviour = s.get("services").get(table).get(key);
    List<JsonNode> simpler = new ArrayList<>();
    if (behaviour.has("sequence") && behaviour.get("sequence").size() > 0) {
      simpler.add(behaviour.get("sequence").get(0));
    }
    ObjectNode nul = NODES.objectNode();
    nul.putNull("return");
    simpler.add(nul);
    for (JsonNode b : simpler) {
      if (b.equals(behaviour)) {
        continue;
      }
      ObjectNode c = s.deepCopy();
      ((ObjectNode) c.get("services").get(table)).set(key, b.deepCopy());
      if (p.test(c)) {
        return c;
      }
    }
    return s;
  }

  private static ObjectNode delivery(ObjectNode s, Predicate<JsonNode> p) {
    if (!s.has("delivery")) {
      return s;
    }
    ObjectNode c = s.deepCopy();
    c.remove("delivery");
    return p.test(c) ? c : s;
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
