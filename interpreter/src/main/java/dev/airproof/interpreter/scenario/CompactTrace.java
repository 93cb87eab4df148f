package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.data.json.JsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stateless; renders a trace one line per state with every CID resolved through the CID stores
 * ({@code docs/scenarios.md}): {@code par L R}, {@code call scalar VALUE <- PEER S.F},
 * {@code call stream gen=G VALUE <- PEER S.F}, {@code call unused}, {@code call failed VALUE <- PEER S.F},
 * {@code call sent_by PEER[ call_id=N]}, {@code fold POS:[P+L P+L] ...}, {@code ap gens=[G]},
 * {@code canon [VALUES] by PEER}, {@code canon sent_by PEER}. Values are compact JSON with sorted keys
 * and JavaScript numbers. A CID missing from its store prints as {@code <missing CID>}; a state of
 * unknown shape prints as its compact JSON prefixed with {@code ?}.
 */
public final class CompactTrace {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MISSING = "<missing CID>";

  private CompactTrace() {}

  /** The inner data object of a human-readable document ({@code doc.data} if present, else doc). */
  public static JsonNode dataOf(JsonNode doc) {
    return doc.has("data") && doc.get("data").isObject() ? doc.get("data") : doc;
  }

  /** One line per trace state of {@code doc} (the whole human-readable document or its data). */
  public static List<String> lines(JsonNode doc) {
    JsonNode data = dataOf(doc);
    Stores stores = new Stores(data.path("cid_info"));
    List<String> out = new ArrayList<>();
    for (JsonNode state : data.path("trace")) {
      out.add(line(state, stores));
    }
    return out;
  }

  private static String line(JsonNode state, Stores s) {
    if (state.isObject() && state.size() == 1) {
      Map.Entry<String, JsonNode> e = state.properties().iterator().next();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "par":
          if (v.isArray() && v.size() == 2) {
            return "par " + v.get(0).asText() + " " + v.get(1).asText();
          }
          break;
        case "call":
          return call(v, s, state);
        case "fold":
          return fold(v);
        case "ap":
          return "ap gens=" + JsJson.compact(v.path("gens"));
        case "canon":
          return canon(v, s, state);
        default:
          break;
      }
    }
    return "?" + JsJson.compact(state);
  }

  private static String call(JsonNode v, Stores s, JsonNode state) {
    if (v.has("executed")) {
      JsonNode ex = v.get("executed");
      if (ex.has("scalar")) {
        return "call scalar " + s.serviceResult(ex.get("scalar").asText());
      }
      if (ex.has("stream")) {
        JsonNode st = ex.get("stream");
        return "call stream gen=" + st.path("generation").asText() + " " + s.serviceResult(st.path("cid").asText());
      }
      if (ex.has("unused")) {
        return "call unused";
      }
    } else if (v.has("failed")) {
      return "call failed " + s.serviceResult(v.get("failed").asText());
    } else if (v.has("sent_by")) {
      JsonNode sender = v.get("sent_by");
      if (sender.has("PeerId")) {
        return "call sent_by " + sender.get("PeerId").asText();
      }
      if (sender.has("PeerIdWithCallId")) {
        JsonNode p = sender.get("PeerIdWithCallId");
        return "call sent_by " + p.path("peer_id").asText() + " call_id=" + p.path("call_id").asText();
      }
    }
    return "?" + JsJson.compact(state);
  }

  private static String fold(JsonNode v) {
    StringBuilder out = new StringBuilder("fold");
    for (JsonNode lore : v.path("lore")) {
      out.append(' ').append(lore.path("pos").asText()).append(":[");
      List<String> descs = new ArrayList<>();
      for (JsonNode d : lore.path("desc")) {
        descs.add(d.path("pos").asText() + "+" + d.path("len").asText());
      }
      out.append(String.join(" ", descs)).append(']');
    }
    return out.toString();
  }

  private static String canon(JsonNode v, Stores s, JsonNode state) {
    if (v.has("executed")) {
      return s.canon(v.get("executed").asText());
    }
    if (v.has("sent_by")) {
      return "canon sent_by " + v.get("sent_by").asText();
    }
    return "?" + JsJson.compact(state);
  }

  /** The five CID stores of one data document. */
  private record Stores(JsonNode cidInfo) {
    String value(String cid) {
      JsonNode text = cidInfo.path("value_store").get(cid);
      if (text == null || !text.isTextual()) {
        return MISSING;
      }
      try {
        return JsJson.compactSorted(JSON.readTree(text.textValue()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return "<unparsable value>";
      }
    }

    String peerServiceFunction(String tetrapletCid) {
      JsonNode t = cidInfo.path("tetraplet_store").get(tetrapletCid);
      if (t == null) {
        return MISSING;
      }
      return t.path("peer_pk").asText() + " " + t.path("service_id").asText() + "." + t.path("function_name").asText();
    }

    String serviceResult(String cid) {
      JsonNode agg = cidInfo.path("service_result_store").get(cid);
      if (agg == null) {
        return MISSING;
      }
      return value(agg.path("value_cid").asText()) + " <- " + peerServiceFunction(agg.path("tetraplet_cid").asText());
    }

    String canon(String cid) {
      JsonNode agg = cidInfo.path("canon_result_store").get(cid);
      if (agg == null) {
        return "canon " + MISSING;
      }
      List<String> values = new ArrayList<>();
      for (JsonNode element : agg.path("values")) {
        JsonNode el = cidInfo.path("canon_element_store").get(element.asText());
        values.add(el == null ? MISSING : value(el.path("value").asText()));
      }
      JsonNode t = cidInfo.path("tetraplet_store").get(agg.path("tetraplet").asText());
      String peer = t == null ? MISSING : t.path("peer_pk").asText();
      return "canon [" + String.join(",", values) + "] by " + peer;
    }
  }
}
