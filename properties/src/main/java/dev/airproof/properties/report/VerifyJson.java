package dev.airproof.properties.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.properties.catalogue.Counterexample;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.explorer.Step;
import java.util.List;

/**
 * The JSON form of a {@link VerifyReport} ({@code verify --json} and {@code report.json}):
 * {@code {"file", "properties": [{"id", "verdict", "backend", "states", "millis", "detail",
 * "counterexample"?}], "environment", "exploration", "versions"}}.
 */
public final class VerifyJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private VerifyJson() {}

  /** The report as a JSON tree. */
  public static ObjectNode tree(VerifyReport r) {
    ObjectNode root = F.objectNode();
    root.put("file", r.file());
    ArrayNode props = root.putArray("properties");
    for (PropertyResult p : r.results()) {
      ObjectNode o = props.addObject();
      o.put("id", p.property().id());
      o.put("verdict", p.verdict().word());
      o.put("backend", p.backend());
      o.put("states", p.states());
      o.put("millis", p.millis());
      o.put("detail", p.detail());
      p.counterexample().ifPresent(ce -> o.set("counterexample", counterexample(ce)));
    }
    ObjectNode env = root.putObject("environment");
    ArrayNode peers = env.putArray("peers");
    r.peers().forEach(peers::add);
    env.put("initPeer", r.initPeer());
    env.put("description", r.environment());
    ObjectNode ex = root.putObject("exploration");
    ex.put("states", r.states());
    ex.put("transitions", r.transitions());
    ex.put("quiescentStates", r.quiescent());
    ex.put("complete", r.bound().isEmpty());
    if (!r.bound().isEmpty()) {
      ex.put("bound", r.bound());
    }
    ex.put("millis", r.millis());
    ObjectNode versions = root.putObject("versions");
    versions.put("airproof", Versions.airproof());
    versions.put("aquavmSemantics", "0.62.0");
    // The search is exhaustive within its bounds and draws nothing at random: no seed shapes a
    // verdict. The member is kept (null) so that reports of every back end have the same shape.
    root.putNull("seed");
    return root;
  }

  /** The report as pretty-printed JSON text. */
  public static String write(VerifyReport r) {
    try {
      return JSON.writeValueAsString(tree(r)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a report", e);
    }
  }

  static ObjectNode counterexample(Counterexample ce) {
    ObjectNode o = F.objectNode();
    o.put("explanation", ce.explanation());
    o.set("steps", steps(ce.steps()));
    ce.other().ifPresent(other -> o.set("otherRun", steps(other)));
    ce.loopStart().ifPresent(l -> o.put("loopStartsAtStep", l + 1));
    return o;
  }

  static ArrayNode steps(List<Step> steps) {
    ArrayNode a = F.arrayNode();
    int n = 1;
    for (Step s : steps) {
      ObjectNode o = a.addObject();
      o.put("step", n++);
      o.put("kind", s.kind());
      o.put("peer", s.peer());
      if (!s.from().isEmpty()) {
        o.put("from", s.from());
      }
      if (!s.detail().isEmpty()) {
        o.put("detail", s.detail());
      }
      o.put("retCode", s.retCode());
      if (!s.errorMessage().isEmpty()) {
        o.put("errorMessage", s.errorMessage());
      }
      ArrayNode next = o.putArray("nextPeers");
      s.nextPeers().forEach(next::add);
      ArrayNode req = o.putArray("callRequests");
      s.callRequests().forEach(req::add);
    }
    return a;
  }
}
