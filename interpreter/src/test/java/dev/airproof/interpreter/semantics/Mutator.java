package dev.airproof.interpreter.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded mutations of interpreter data documents (JSON level and byte level). */
final class Mutator {
  private final SplittableRandom rnd;

  Mutator(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  byte[] mutate(byte[] data) {
    if (data.length == 0 || rnd.nextInt(12) == 0) {
      return bytes(data);
    }
    ObjectNode root = (ObjectNode) JValues.parse(new String(data, StandardCharsets.UTF_8)).orElseThrow()
        .deepCopy();
    int rounds = 1 + rnd.nextInt(3);
    for (int k = 0; k < rounds; k++) {
      tree(root);
    }
    return JValues.compact(root).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] bytes(byte[] data) {
    byte[] b = data.clone();
    return switch (rnd.nextInt(4)) {
      case 0 -> java.util.Arrays.copyOf(b, b.length == 0 ? 0 : rnd.nextInt(b.length));
      case 1 -> {
        if (b.length > 0) {
          b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        }
        yield b;
      }
      case 2 -> "{\"trace\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);
      default -> ("{\"versions\":{\"interpreter_version\":\"0." + rnd.nextInt(70) + ".0\",\"version\":"
          + "\"0.17.2\"},\"data\":{\"trace\":[],\"cid_info\":{\"value_store\":{},\"tetraplet_store\":{},"
          + "\"canon_element_store\":{},\"canon_result_store\":{},\"service_result_store\":{}},"
          + "\"signatures\":{}}}").getBytes(StandardCharsets.UTF_8);
    };
  }

  private void tree(ObjectNode root) {
    ObjectNode data = (ObjectNode) root.get("data");
    if (!(data.get("trace") instanceof ArrayNode trace)) {
      data.putArray("trace");
      return;
    }
    int n = trace.size();
    switch (rnd.nextInt(10)) {
      case 0 -> {
        if (n > 0) {
          trace.remove(rnd.nextInt(n));
        }
      }
      case 1 -> {
        if (n > 0) {
          trace.insert(rnd.nextInt(n + 1), trace.get(rnd.nextInt(n)).deepCopy());
        }
      }
      case 2 -> {
        if (n > 1) {
          int i = rnd.nextInt(n);
          int j = rnd.nextInt(n);
          JsonNode a = trace.get(i);
          trace.set(i, trace.get(j));
          trace.set(j, a);
        }
      }
      case 3, 4 -> numbers(data);
      case 5 -> strings(data, cids(data));
      case 6 -> {
        if (n > 0) {
          trace.set(rnd.nextInt(n), randomState(cids(data)));
        }
      }
      case 7 -> values(data);
      case 8 -> data.remove(List.of("trace", "cid_info", "lcid", "signatures").get(rnd.nextInt(4)));
      default -> {
        if (n > 0) {
          trace.insert(rnd.nextInt(n + 1), randomState(cids(data)));
        }
      }
    }
  }

  private List<String> cids(ObjectNode data) {
    List<String> out = new ArrayList<>();
    JsonNode info = data.get("cid_info");
    if (info != null) {
      info.forEach(store -> store.fieldNames().forEachRemaining(out::add));
    }
    out.add("bagaaihrabogus");
    return out;
  }

  private JsonNode randomState(List<String> cids) {
    String cid = JValues.quote(cids.get(rnd.nextInt(cids.size())));
    String s = switch (rnd.nextInt(9)) {
      case 0 -> "{\"par\":[" + rnd.nextInt(4) + "," + rnd.nextInt(4) + "]}";
      case 1 -> "{\"call\":{\"executed\":{\"scalar\":" + cid + "}}}";
      case 2 -> "{\"call\":{\"executed\":{\"stream\":{\"cid\":" + cid + ",\"generation\":" + rnd.nextInt(3) + "}}}}";
      case 3 -> "{\"call\":{\"executed\":{\"unused\":" + cid + "}}}";
      case 4 -> "{\"call\":{\"failed\":" + cid + "}}";
      case 5 -> "{\"call\":{\"sent_by\":{\"PeerIdWithCallId\":{\"peer_id\":\"a\",\"call_id\":" + rnd.nextInt(3) + "}}}}";
      case 6 -> "{\"ap\":{\"gens\":[" + rnd.nextInt(3) + "]}}";
      case 7 -> "{\"canon\":{\"executed\":" + cid + "}}";
      default -> "{\"fold\":{\"lore\":[{\"pos\":" + rnd.nextInt(6) + ",\"desc\":[{\"pos\":" + rnd.nextInt(8)
          + ",\"len\":" + rnd.nextInt(4) + "},{\"pos\":" + rnd.nextInt(8) + ",\"len\":" + rnd.nextInt(4) + "}]}]}}";
    };
    return JValues.parse(s).orElseThrow();
  }

  /** Changes one number anywhere in the data (including to negative, huge or float). */
  private void numbers(JsonNode node) {
    List<JsonNode[]> slots = new ArrayList<>();
    collect(node, slots);
    if (slots.isEmpty()) {
      return;
    }
    JsonNode[] slot = slots.get(rnd.nextInt(slots.size()));
    JsonNode replacement = switch (rnd.nextInt(6)) {
      case 0 -> JValues.integer(-1);
      case 1 -> JValues.integer(4294967296L);
      case 2 -> JValues.decimal(1.5);
      case 3 -> JValues.text("7");
      default -> JValues.integer(slot[1].asLong() + rnd.nextInt(5) - 2);
    };
    set(slot[0], slot[2], replacement);
  }

  private void collect(JsonNode node, List<JsonNode[]> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(k -> {
        JsonNode c = node.get(k);
        if (c.isNumber()) {
          out.add(new JsonNode[] {node, c, JValues.text(k)});
        } else {
          collect(c, out);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isNumber()) {
          out.add(new JsonNode[] {node, node.get(i), JValues.integer(i)});
        } else {
          collect(node.get(i), out);
        }
      }
    }
  }

  private static void set(JsonNode parent, JsonNode key, JsonNode value) {
    if (parent instanceof ObjectNode o) {
      o.set(key.textValue(), value);
    } else if (parent instanceof ArrayNode a) {
      a.set(key.intValue(), value);
    }
  }

  /** Replaces one string (CID, peer id, value text) by another CID or a bogus string. */
  private void strings(JsonNode node, List<String> cids) {
    List<JsonNode[]> slots = new ArrayList<>();
    collectStrings(node, slots);
    if (slots.isEmpty()) {
      return;
    }
    JsonNode[] slot = slots.get(rnd.nextInt(slots.size()));
    set(slot[0], slot[2], JValues.text(rnd.nextBoolean() ? cids.get(rnd.nextInt(cids.size())) : "x"));
  }

  private void collectStrings(JsonNode node, List<JsonNode[]> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(k -> {
        JsonNode c = node.get(k);
        if (c.isTextual()) {
          out.add(new JsonNode[] {node, c, JValues.text(k)});
        } else {
          collectStrings(c, out);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isTextual()) {
          out.add(new JsonNode[] {node, node.get(i), JValues.integer(i)});
        } else {
          collectStrings(node.get(i), out);
        }
      }
    }
  }

  /** Rewrites a value-store text: other JSON, invalid JSON, or a failed-call-like object. */
  private void values(ObjectNode data) {
    JsonNode info = data.get("cid_info");
    if (info == null || !(info.get("value_store") instanceof ObjectNode store) || store.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>();
    store.fieldNames().forEachRemaining(keys::add);
    String k = keys.get(rnd.nextInt(keys.size()));
    store.put(k, List.of("{", "42", "\"error\"", "{\"ret_code\":1,\"message\":\"m\"}", "[1,2]", "null")
        .get(rnd.nextInt(6)));
  }
}
