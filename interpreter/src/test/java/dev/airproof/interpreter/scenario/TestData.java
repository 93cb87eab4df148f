package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.cid.Cid;
import dev.airproof.interpreter.data.cid.CidRecords;
import dev.airproof.interpreter.data.cid.Cids;
import dev.airproof.interpreter.data.cid.Provenance;
import dev.airproof.interpreter.data.json.SerdeJson;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Mutable test helper; builds human-readable interpreter data documents (the shape of AquaVM's
 * {@code to_human_readable_data}) with real CIDs, one trace state at a time.
 */
final class TestData {
  private static final JsonNodeFactory N = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ObjectNode root = N.objectNode();
  private final ArrayNode trace;
  private final ObjectNode values;
  private final ObjectNode tetraplets;
  private final ObjectNode canonElements;
  private final ObjectNode canonResults;
  private final ObjectNode serviceResults;
  private final ObjectNode data;

  TestData() {
    ObjectNode versions = root.putObject("versions");
    versions.put("interpreter_version", "0.62.0");
    versions.put("version", "0.17.2");
    data = root.putObject("data");
    trace = data.putArray("trace");
    data.put("lcid", 0);
    ObjectNode info = data.putObject("cid_info");
    values = info.putObject("value_store");
    tetraplets = info.putObject("tetraplet_store");
    canonElements = info.putObject("canon_element_store");
    canonResults = info.putObject("canon_result_store");
    serviceResults = info.putObject("service_result_store");
    data.putObject("signatures");
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  TestData lcid(int lcid) {
    data.put("lcid", lcid);
    return this;
  }

  TestData par(int left, int right) {
    trace.addObject().putArray("par").add(left).add(right);
    return this;
  }

  TestData scalar(String value, String peer, String service, String function) {
    return scalar(value, "[]", peer, service, function);
  }

  /** A scalar call state whose argument hash is the CID of {@code args} (a JSON array text). */
  TestData scalar(String value, String args, String peer, String service, String function) {
    call().putObject("executed").put("scalar", serviceResult(value, args, peer, service, function).text());
    return this;
  }

  TestData stream(String value, int generation, String peer, String service, String function) {
    ObjectNode s = call().putObject("executed").putObject("stream");
    s.put("cid", serviceResult(value, "[]", peer, service, function).text());
    s.put("generation", generation);
    return this;
  }

  TestData unused(String value) {
    call().putObject("executed").put("unused", Cids.ofValue(json(value)).text());
    return this;
  }

  TestData failed(int retCode, String message, String peer, String service, String function) {
    ObjectNode v = N.objectNode();
    v.put("ret_code", retCode);
    v.put("message", message);
    call().put("failed", serviceResult(SerdeJson.compact(v), "[]", peer, service, function).text());
    return this;
  }

  TestData sentBy(String peer) {
    call().putObject("sent_by").put("PeerId", peer);
    return this;
  }

  TestData sentBy(String peer, int callId) {
    ObjectNode p = call().putObject("sent_by").putObject("PeerIdWithCallId");
    p.put("peer_id", peer);
    p.put("call_id", callId);
    return this;
  }

  /** A fold state; {@code lore} holds {pos, beforePos, beforeLen, afterPos, afterLen} per entry. */
  TestData fold(int[]... lore) {
    ArrayNode l = trace.addObject().putObject("fold").putArray("lore");
    for (int[] e : lore) {
      ObjectNode entry = l.addObject();
      entry.put("pos", e[0]);
      ArrayNode desc = entry.putArray("desc");
      desc.addObject().put("pos", e[1]).put("len", e[2]);
      desc.addObject().put("pos", e[3]).put("len", e[4]);
    }
    return this;
  }

  TestData ap(int generation) {
    trace.addObject().putObject("ap").putArray("gens").add(generation);
    return this;
  }

  TestData canon(String peer, List<String> elementValues) {
    List<Cid> elements = elementValues.stream().map(v -> {
      Cid value = value(v);
      Cid t = tetraplet(new SecurityTetraplet(peer, "", "", ""));
      String text = CidRecords.canonElement(value, t, new Provenance.Literal());
      Cid c = Cids.ofJsonText(text);
      canonElements.set(c.text(), json(text));
      return c;
    }).toList();
    Cid t = tetraplet(new SecurityTetraplet(peer, "", "", ""));
    String text = CidRecords.canonResult(t, elements);
    Cid c = Cids.ofJsonText(text);
    canonResults.set(c.text(), json(text));
    trace.addObject().putObject("canon").put("executed", c.text());
    return this;
  }

  TestData canonSentBy(String peer) {
    trace.addObject().putObject("canon").put("sent_by", peer);
    return this;
  }

  TestData raw(JsonNode state) {
    trace.add(state);
    return this;
  }

  JsonNode document() {
    return root.deepCopy();
  }

  byte[] bytes() {
    return SerdeJson.compact(root).getBytes(StandardCharsets.UTF_8);
  }

  private ObjectNode call() {
    return trace.addObject().putObject("call");
  }

  private Cid value(String compactJson) {
    String text = SerdeJson.compact(json(compactJson));
    Cid c = Cids.ofJsonText(text);
    values.put(c.text(), text);
    return c;
  }

  private Cid tetraplet(SecurityTetraplet t) {
    Cid c = Cids.ofTetraplet(t);
    tetraplets.set(c.text(), json(CidRecords.tetraplet(t)));
    return c;
  }

  private Cid serviceResult(String value, String args, String peer, String service, String function) {
    Cid v = value(value);
    Cid t = tetraplet(new SecurityTetraplet(peer, service, function, ""));
    String text = CidRecords.serviceResult(v, Cids.ofValue(json(args)).text(), t);
    Cid c = Cids.ofJsonText(text);
    serviceResults.set(c.text(), json(text));
    return c;
  }
}
