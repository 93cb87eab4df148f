package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.json.JsJson;
import java.util.List;
import java.util.Optional;

/**
 * Stateless; the report JSON shared with the Node AquaVM driver: {@code JSON.stringify(report, null,
 * 2)} of the report object (keys in the documented order, JavaScript numbers and property order),
 * with every peer id inside every string (keys included) written {@code {{alias}}} and every
 * signature-store key {@code {{key:alias}}}, except the {@code name} and the ids of the
 * {@code peers} map itself; trace objects with sorted keys (as AquaVM prints them). No trailing
 * newline.
 */
public final class RunReportJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RunReportJson() {}

  /** The report text. */
  public static String write(RunReport report) {
    return JsJson.pretty(tree(report));
  }

  /** The report as a JSON tree (placeholders already substituted). */
  public static ObjectNode tree(RunReport report) {
    PeerDirectory directory = PeerDirectory.of(report.peers().stream().map(RunReport.Peer::alias).toList());
    ObjectNode root = NODES.objectNode();
    root.put("name", "");
    root.set("peers", NODES.objectNode());
    root.put("stopReason", report.stopReason().json());
    root.put("invocations", report.invocations());
    ArrayNode steps = root.putArray("steps");
    report.steps().forEach(s -> steps.add(step(s)));
    ArrayNode calls = root.putArray("executedCalls");
    report.executedCalls().forEach(c -> calls.add(executed(c)));
    ArrayNode undelivered = root.putArray("undelivered");
    report.undelivered().forEach(undelivered::add);
    ObjectNode finals = root.putObject("final");
    report.finals().forEach(f -> finals.set(f.alias(), finalState(f)));
    ObjectNode substituted = (ObjectNode) substitute(root, directory);
    substituted.put("name", report.name());
    ObjectNode peers = (ObjectNode) substituted.get("peers");
    report.peers().forEach(p -> peers.put(p.alias(), p.peerId()));
    return substituted;
  }

  private static ObjectNode step(RunReport.Step s) {
    ObjectNode o = NODES.objectNode();
    o.put("step", s.step());
    o.put("peer", s.peer());
    o.set("trigger", trigger(s.trigger()));
    o.put("retCode", s.retCode());
    o.put("errorMessage", s.errorMessage());
    ArrayNode next = o.putArray("nextPeers");
    s.nextPeers().forEach(next::add);
    ArrayNode requests = o.putArray("callRequests");
    s.callRequests().forEach(r -> requests.add(request(r)));
    return o;
  }

  private static ObjectNode trigger(RunReport.Trigger t) {
    ObjectNode o = NODES.objectNode();
    switch (t) {
      case RunReport.Trigger.Particle p -> {
        o.put("kind", "particle");
        o.set("from", p.fromAlias().<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
      }
      case RunReport.Trigger.CallResults c -> {
        o.put("kind", "callResults");
        ArrayNode results = o.putArray("results");
        for (RunReport.Answer a : c.results()) {
          ObjectNode r = results.addObject();
          r.put("key", a.key());
          r.put("retCode", a.retCode());
          r.set("result", resultValue(a.resultText()));
        }
      }
    }
    return o;
  }

  private static ObjectNode request(RunReport.Request r) {
    ObjectNode o = NODES.objectNode();
    o.put("key", r.key());
    o.put("service", r.service());
    o.put("function", r.function());
    o.set("args", array(r.args()));
    ArrayNode tetraplets = o.putArray("tetraplets");
    for (List<SecurityTetraplet> perArg : r.tetraplets()) {
      ArrayNode a = tetraplets.addArray();
      for (SecurityTetraplet t : perArg) {
        ObjectNode x = a.addObject();
        x.put("peer_pk", t.peerPk());
        x.put("service_id", t.serviceId());
        x.put("function_name", t.functionName());
        x.put("lens", t.lens());
      }
    }
    return o;
  }

  private static ObjectNode executed(RunReport.ExecutedCall c) {
    ObjectNode o = NODES.objectNode();
    o.put("step", c.step());
    o.put("peer", c.peer());
    o.put("key", c.request().key());
    o.put("service", c.request().service());
    o.put("function", c.request().function());
    o.set("args", array(c.request().args()));
    Optional<RunReport.Answer> a = c.answer();
    o.set("retCode", a.<JsonNode>map(x -> NODES.numberNode(x.retCode())).orElse(NODES.nullNode()));
    o.set("result", a.map(x -> resultValue(x.resultText())).orElse(NODES.nullNode()));
    return o;
  }

  private static ObjectNode finalState(RunReport.PeerFinal f) {
    ObjectNode o = NODES.objectNode();
    o.put("invocations", f.invocations());
    o.put("lcid", f.lcid());
    ArrayNode lines = o.putArray("compactTrace");
    f.compactTrace().forEach(lines::add);
    o.set("trace", sortedKeys(f.trace()));
    return o;
  }

  /** The parsed JSON value of a result text, or the text as a string when it is not JSON. */
  public static JsonNode resultValue(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node == null || node.isMissingNode() ? NODES.textNode(text) : node;
    } catch (JsonProcessingException e) {
      return NODES.textNode(text);
    }
  }

  private static ArrayNode array(List<JsonNode> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(v -> a.add(v.deepCopy()));
    return a;
  }

  /**
   * A deep copy with every object's keys in code-point order, as AquaVM's
   * {@code to_human_readable_data} (a {@code serde_json::Value}) prints trace states.
   */
  static JsonNode sortedKeys(JsonNode node) {
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(x -> out.add(sortedKeys(x)));
      return out;
    }
    if (node.isObject()) {
      java.util.List<java.util.Map.Entry<String, JsonNode>> entries = new java.util.ArrayList<>();
      node.properties().forEach(entries::add);
      entries.sort(java.util.Map.Entry.comparingByKey(dev.airproof.interpreter.data.json.JsonStrings.CODE_POINT_ORDER));
      ObjectNode out = NODES.objectNode();
      entries.forEach(e -> out.set(e.getKey(), sortedKeys(e.getValue())));
      return out;
    }
    return node;
  }

  /** A deep copy of {@code node} with placeholders in every string and key. */
  static JsonNode substitute(JsonNode node, PeerDirectory d) {
    if (node.isTextual()) {
      return NODES.textNode(d.toPlaceholders(node.textValue()));
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(x -> out.add(substitute(x, d)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      node.properties().forEach(e -> out.set(d.toPlaceholders(e.getKey()), substitute(e.getValue(), d)));
      return out;
    }
    return node;
  }
}
