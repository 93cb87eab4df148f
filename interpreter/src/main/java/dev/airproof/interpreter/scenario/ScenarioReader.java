package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Mutable during one {@link #read} (collects errors), otherwise stateless; reads and validates a
 * scenario file, applies the defaults and replaces {@code {{alias}}} by peer ids. Every problem is
 * reported with its JSON path and line:column; nothing is thrown for bad input.
 */
public final class ScenarioReader {
  static final long DEFAULT_TIMESTAMP = 1700000000000L;
  static final long DEFAULT_TTL = 120000L;
  static final int DEFAULT_MAX_STEPS = 1000;
  private static final Set<String> TOP = Set.of(
      "name", "air", "peers", "initPeer", "services", "particle", "delivery", "maxSteps");

  private final LocatedJson doc;
  private final List<ScenarioError> errors = new ArrayList<>();
  private Optional<PeerDirectory> peers = Optional.empty();

  private ScenarioReader(LocatedJson doc) {
    this.doc = doc;
  }

  /** Reads a scenario from its JSON text; {@code sourceName} names it in error messages. */
  public static ScenarioReadResult read(String json, String sourceName) {
    LocatedJson.Result parsed = LocatedJson.parse(json);
    if (parsed.json().isEmpty()) {
      return new ScenarioReadResult.Invalid(sourceName, parsed.errors());
    }
    ScenarioReader reader = new ScenarioReader(parsed.json().get());
    Optional<Scenario> scenario = reader.scenario();
    List<ScenarioError> errors = new ArrayList<>(reader.errors);
    errors.sort(Comparator.comparingInt(ScenarioError::line).thenComparingInt(ScenarioError::column));
    if (scenario.isEmpty() || !errors.isEmpty()) {
      return new ScenarioReadResult.Invalid(sourceName, errors.isEmpty()
          ? List.of(new ScenarioError("$", 1, 1, "invalid scenario")) : errors);
    }
    return new ScenarioReadResult.Read(scenario.get());
  }

  private Optional<Scenario> scenario() {
    JsonNode root = doc.root();
    if (!root.isObject()) {
      return fail("$", "a scenario is a JSON object");
    }
    unknownFields(root, "$", TOP);
    Optional<String> name = optionalString(root, "name", "");
    Optional<List<String>> peerList = peers(root.get("peers"));
    peerList.ifPresent(p -> peers = Optional.of(PeerDirectory.of(p)));
    Optional<String> air = air(root.get("air"));
    Optional<String> initPeer = initPeer(root.get("initPeer"), peerList);
    BehaviourReader behaviours = new BehaviourReader(doc, peers, errors);
    Map<String, Map<String, ServiceBehaviour>> services =
        new ServicesReader(doc, errors, behaviours).read(root.get("services"), peerList.orElse(List.of()));
    Scenario.Particle particle = particle(root.get("particle"));
    Scenario.Delivery delivery = delivery(root.get("delivery"));
    int maxSteps = root.has("maxSteps") ? nonNegativeInt(root.get("maxSteps"), "$.maxSteps", DEFAULT_MAX_STEPS) : DEFAULT_MAX_STEPS;
    if (name.isEmpty() || air.isEmpty() || peerList.isEmpty() || initPeer.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Scenario(name.get(), air.get(), peerList.get(), initPeer.get(), services,
        particle, delivery, maxSteps));
  }

  private Optional<String> optionalString(JsonNode root, String field, String dflt) {
    JsonNode v = root.get(field);
    if (v == null) {
      return Optional.of(dflt);
    }
    return v.isTextual() ? Optional.of(v.textValue()) : fail("$." + field, field + " must be a string");
  }

  private Optional<List<String>> peers(JsonNode v) {
    if (v == null) {
      return fail("$", "missing required field \"peers\" (a non-empty array of peer aliases)");
    }
    if (!v.isArray() || v.isEmpty()) {
      return fail("$.peers", "peers must be a non-empty array of peer aliases");
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < v.size(); i++) {
      String path = "$.peers[" + i + "]";
      JsonNode a = v.get(i);
      if (!a.isTextual() || a.textValue().isEmpty()) {
        fail(path, "a peer alias must be a non-empty string");
      } else if (a.textValue().equals("*") || a.textValue().contains("{") || a.textValue().contains("}")
          || a.textValue().startsWith("key:")) {
        fail(path, "peer alias \"" + a.textValue() + "\" is reserved or contains '{' or '}'");
      } else if (!seen.add(a.textValue())) {
        fail(path, "duplicate peer alias \"" + a.textValue() + "\"");
      } else {
        out.add(a.textValue());
      }
    }
    return out.size() == v.size() ? Optional.of(out) : Optional.empty();
  }

  private Optional<String> air(JsonNode v) {
    if (v == null) {
      return fail("$", "missing required field \"air\" (the script: a string or an array of lines)");
    }
    BehaviourReader subst = new BehaviourReader(doc, peers, errors);
    if (v.isTextual()) {
      return Optional.of(subst.substituteText(v.textValue(), "$.air"));
    }
    if (!v.isArray()) {
      return fail("$.air", "air must be a string or an array of strings (joined with \\n)");
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        return fail("$.air[" + i + "]", "every line of air must be a string");
      }
      lines.add(subst.substituteText(v.get(i).textValue(), "$.air[" + i + "]"));
    }
    return Optional.of(String.join("\n", lines));
  }

  private Optional<String> initPeer(JsonNode v, Optional<List<String>> peerList) {
    if (peerList.isEmpty()) {
      return Optional.empty();
    }
    if (v == null) {
      return Optional.of(peerList.get().get(0));
    }
    if (!v.isTextual() || !peerList.get().contains(v.textValue())) {
      return fail("$.initPeer", "initPeer must be one of the peers (" + String.join(", ", peerList.get()) + ")");
    }
    return Optional.of(v.textValue());
  }

  private Scenario.Particle particle(JsonNode v) {
    Scenario.Particle d = new Scenario.Particle("particle-1", DEFAULT_TIMESTAMP, DEFAULT_TTL);
    if (v == null) {
      return d;
    }
    if (!v.isObject()) {
      fail("$.particle", "particle must be an object {\"id\", \"timestamp\", \"ttl\"}");
      return d;
    }
    unknownFields(v, "$.particle", Set.of("id", "timestamp", "ttl"));
    String id = d.id();
    if (v.has("id")) {
      if (v.get("id").isTextual()) {
        id = v.get("id").textValue();
      } else {
        fail("$.particle.id", "particle.id must be a string");
      }
    }
    long ts = v.has("timestamp") ? nonNegativeLong(v.get("timestamp"), "$.particle.timestamp", d.timestamp()) : d.timestamp();
    long ttl = v.has("ttl") ? nonNegativeLong(v.get("ttl"), "$.particle.ttl", d.ttl()) : d.ttl();
    return new Scenario.Particle(id, ts, ttl);
  }

  private Scenario.Delivery delivery(JsonNode v) {
    Scenario.Delivery d = new Scenario.Delivery(OptionalLong.empty(), Scenario.CallResultsPolicy.QUEUE,
        new Scenario.OnError(true, true));
    if (v == null) {
      return d;
    }
    if (!v.isObject()) {
      fail("$.delivery", "delivery must be an object {\"seed\", \"callResults\", \"onError\"}");
      return d;
    }
    unknownFields(v, "$.delivery", Set.of("seed", "callResults", "onError"));
    OptionalLong seed = OptionalLong.empty();
    JsonNode s = v.get("seed");
    if (s != null && !s.isNull()) {
      if (s.isIntegralNumber() && s.canConvertToLong()) {
        seed = OptionalLong.of(s.longValue());
      } else {
        fail("$.delivery.seed", "seed must be an integer or null (FIFO)");
      }
    }
    return new Scenario.Delivery(seed, callResults(v.get("callResults")), onError(v.get("onError")));
  }

  private Scenario.CallResultsPolicy callResults(JsonNode v) {
    if (v == null || (v.isTextual() && v.textValue().equals("queue"))) {
      return Scenario.CallResultsPolicy.QUEUE;
    }
    if (v.isTextual() && v.textValue().equals("inline")) {
      return Scenario.CallResultsPolicy.INLINE;
    }
    fail("$.delivery.callResults", "callResults must be \"queue\" or \"inline\"");
    return Scenario.CallResultsPolicy.QUEUE;
  }

  private Scenario.OnError onError(JsonNode v) {
    if (v == null) {
      return new Scenario.OnError(true, true);
    }
    if (!v.isObject()) {
      fail("$.delivery.onError", "onError must be an object {\"storeData\": bool, \"forward\": bool}");
      return new Scenario.OnError(true, true);
    }
    unknownFields(v, "$.delivery.onError", Set.of("storeData", "forward"));
    return new Scenario.OnError(bool(v, "storeData", "$.delivery.onError"), bool(v, "forward", "$.delivery.onError"));
  }

  private boolean bool(JsonNode parent, String field, String path) {
    JsonNode v = parent.get(field);
    if (v == null) {
      return true;
    }
    if (!v.isBoolean()) {
      fail(path + "." + field, field + " must be true or false");
      return true;
    }
    return v.booleanValue();
  }

  private long nonNegativeLong(JsonNode v, String path, long dflt) {
    if (v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= 0) {
      return v.longValue();
    }
    fail(path, "must be a non-negative integer");
    return dflt;
  }

  private int nonNegativeInt(JsonNode v, String path, int dflt) {
    if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0) {
      return v.intValue();
    }
    fail(path, "must be a non-negative integer (at most 2147483647)");
    return dflt;
  }

  void unknownFields(JsonNode obj, String path, Set<String> allowed) {
    unknownFields(doc, errors, obj, path, allowed);
  }

  static void unknownFields(LocatedJson doc, List<ScenarioError> errors, JsonNode obj, String path, Set<String> allowed) {
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      if (!allowed.contains(e.getKey())) {
        errors.add(doc.error(LocatedJson.member(path, e.getKey()), "unknown field \"" + e.getKey()
            + "\" (allowed here: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
      }
    }
  }

  private <T> Optional<T> fail(String path, String message) {
    errors.add(doc.error(path, message));
    return Optional.empty();
  }

  /** Reads the {@code services} table. */
  private record ServicesReader(LocatedJson doc, List<ScenarioError> errors, BehaviourReader behaviours) {
    Map<String, Map<String, ServiceBehaviour>> read(JsonNode v, List<String> peerList) {
      Map<String, Map<String, ServiceBehaviour>> out = new LinkedHashMap<>();
      if (v == null) {
        return out;
      }
      if (!v.isObject()) {
        errors.add(doc.error("$.services", "services must be an object: peer alias or \"*\" → {\"service/function\" → behaviour}"));
        return out;
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        String path = LocatedJson.member("$.services", e.getKey());
        if (!e.getKey().equals("*") && !peerList.contains(e.getKey())) {
          errors.add(doc.error(path, "\"" + e.getKey() + "\" is neither a peer alias nor \"*\""));
        } else if (!e.getValue().isObject()) {
          errors.add(doc.error(path, "a peer's services must be an object {\"service/function\" → behaviour}"));
        } else {
          out.put(e.getKey(), table(e.getValue(), path));
        }
      }
      return out;
    }

    private Map<String, ServiceBehaviour> table(JsonNode v, String path) {
      Map<String, ServiceBehaviour> table = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        String p = LocatedJson.member(path, e.getKey());
        if (!e.getKey().equals("*") && !e.getKey().contains("/")) {
          errors.add(doc.error(p, "a service key is \"service/function\", \"service/*\" or \"*\", got \"" + e.getKey() + "\""));
          continue;
        }
        behaviours.read(e.getValue(), p).ifPresent(b -> table.put(e.getKey(), b));
      }
      return table;
    }
  }
}
