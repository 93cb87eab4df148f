package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The trees of accepted scripts against the trees the real AquaVM 0.62 built for them
 * ({@code syntax/aquavm-ast.ndjson}: {@code {"air", "aquavm"}} per line, {@code aquavm} being the
 * result of avm.wasm's {@code ast} export). Both trees are flattened in source order into the same
 * leaf list: instruction kinds, variables with their sigils and byte positions, literals, numbers,
 * lens accessors, fold/new spans.
 */
class AquaVmAstCorpusTest {
  private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("Call", "call"),
      Map.entry("Canon", "canon"), Map.entry("CanonMap", "canon_map"),
      Map.entry("CanonStreamMapScalar", "canon_map_scalar"), Map.entry("Ap", "ap"),
      Map.entry("ApMap", "ap_map"), Map.entry("Seq", "seq"), Map.entry("Par", "par"),
      Map.entry("Xor", "xor"), Map.entry("Match", "match"), Map.entry("MisMatch", "mismatch"),
      Map.entry("Fail", "fail"), Map.entry("FoldScalar", "fold_scalar"),
      Map.entry("FoldStream", "fold_stream"), Map.entry("FoldStreamMap", "fold_stream_map"),
      Map.entry("Next", "next"), Map.entry("New", "new"), Map.entry("Never", "never"),
      Map.entry("Null", "null"));
  private static final Map<String, String> WORDS = Map.of("EmptyArray", "empty_array",
      "InitPeerId", "init_peer_id", "Timestamp", "timestamp", "TTL", "ttl", "None", "no_output",
      "LastError", "fail_last_error", "Error", "fail_error", "Length", "length");

  @Test
  void sameTreesAsAquaVm() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        AquaVmAstCorpusTest.class.getResourceAsStream("/syntax/aquavm-ast.ndjson"),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode c = json.readTree(line);
        String air = c.get("air").asText();
        Parsed parsed = assertInstanceOf(Parsed.class, AirParser.parse("a.air", air), air);
        List<String> expected = new ArrayList<>();
        aquavm(c.get("aquavm"), expected);
        List<String> actual = new ArrayList<>();
        mine(AstJson.toJson(parsed.root()), actual);
        assertTrue(!expected.isEmpty(), air);
        assertEquals(expected, actual, air);
        n++;
      }
    }
    assertTrue(n > 500, "corpus too small: " + n);
  }

  private static void aquavm(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add("v:" + WORDS.getOrDefault(node.asText(), node.asText()));
    } else if (node.isNull()) {
      out.add("none");
    } else if (node.isBoolean()) {
      out.add("bool:" + node.asBoolean());
    } else if (node.isArray()) {
      node.forEach(x -> aquavm(x, out));
    } else if (node.has("name") && node.has("position")) {
      out.add("var:" + node.get("name").asText() + "@" + node.get("position").asInt());
      if (node.has("lambda")) {
        aquavm(node.get("lambda"), out);
      }
    } else if (node.size() == 2 && node.has("left") && node.has("right")) {
      out.add("span:" + node.get("left").asInt() + ".." + node.get("right").asInt());
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        aquavmField(e.getKey(), e.getValue(), out);
      }
    }
  }

  private static void aquavmField(String key, JsonNode v, List<String> out) {
    if (KINDS.containsKey(key)) {
      out.add("i:" + KINDS.get(key));
      if (key.equals("Null") || key.equals("Never")) {
        return;
      }
    }
    switch (key) {
      case "Literal", "error_message" -> {
        if (v.isTextual()) {
          out.add("str:" + v.asText());
        } else {
          aquavm(v, out);
        }
      }
      case "Int", "Float", "ret_code" -> out.add("num:" + v.asDouble());
      case "Boolean" -> out.add("bool:" + v.asBoolean());
      case "FieldAccessByName" -> out.add("field:" + v.get("field_name").asText());
      case "ArrayAccess" -> out.add("index:" + v.get("idx").asLong());
      case "FieldAccessByScalar" -> out.add("sacc:" + v.get("scalar_name").asText());
      case "Functor" -> out.add("v:length");
      case "LastError", "Error" -> {
        out.add("v:" + (key.equals("LastError") ? "last_error" : "error"));
        aquavm(v.has("lambda") ? v.get("lambda") : v, out);
      }
      default -> aquavm(v, out);
    }
  }

  private static void mine(JsonNode node, List<String> out) {
    if (node.isNull()) {
      out.add("none");
      return;
    }
    if (node.isArray()) {
      node.forEach(x -> mine(x, out));
      return;
    }
    String kind = node.get("kind").asText();
    JsonNode span = node.get("span");
    int start = span.get("offset").asInt();
    if (KINDS.containsValue(kind)) {
      out.add("i:" + kind);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("output") && e.getValue().isNull()) {
          out.add("v:no_output");
        } else if (!e.getKey().equals("kind") && !e.getKey().equals("span")) {
          mine(e.getValue(), out);
        }
      }
      if (kind.startsWith("fold") || kind.equals("new")) {
        out.add("span:" + start + ".." + (start + span.get("length").asInt()));
      }
      return;
    }
    leaf(kind, node, start, out);
  }

  private static void leaf(String kind, JsonNode node, int start, List<String> out) {
    switch (kind) {
      case "scalar", "scalar_name", "stream_name", "stream_map_name", "canon_stream",
          "canon_stream_name", "canon_stream_map", "canon_stream_map_name" -> {
        out.add("var:" + sigil(kind, node) + node.get("name").asText() + "@" + start);
        if (node.has("lens") && !node.get("lens").isNull()) {
          mine(node.get("lens"), out);
        }
      }
      case "string" -> out.add("str:" + node.get("value").asText());
      case "int", "float" -> out.add("num:" + node.get("value").asDouble());
      case "bool" -> out.add("bool:" + node.get("value").asBoolean());
      case "last_error", "error" -> {
        out.add("v:" + kind);
        mine(node.get("lens"), out);
      }
      case "value_path" -> mine(node.get("accessors"), out);
      case "field" -> out.add("field:" + node.get("field").asText());
      case "index" -> out.add("index:" + node.get("index").asLong());
      case "scalar_accessor" -> out.add("sacc:" + node.get("scalar").asText());
      case "fail_literal" -> {
        out.add("num:" + node.get("code").asDouble());
        out.add("str:" + node.get("message").asText());
      }
      case "fail_value" -> mine(node.get("value"), out);
      default -> out.add("v:" + kind);
    }
  }

  private static String sigil(String kind, JsonNode node) {
    return switch (kind) {
      case "stream_name" -> "$";
      case "stream_map_name" -> "%";
      case "canon_stream", "canon_stream_name" -> node.get("legacy").asBoolean() ? "#" : "#$";
      case "canon_stream_map", "canon_stream_map_name" -> "#%";
      default -> "";
    };
  }
}
