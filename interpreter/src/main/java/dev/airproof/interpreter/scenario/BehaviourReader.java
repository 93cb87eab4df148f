package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mutable (collects errors); reads one service behaviour object of a scenario file and replaces
 * {@code {{alias}}} in every string value of returned / error values (object keys and raw texts are
 * left as written).
 */
final class BehaviourReader {
  private static final Set<String> KINDS =
      Set.of("return", "error", "echo", "arg", "raw", "sequence", "noResponse", "oneOf");

  private final LocatedJson doc;
  private final Optional<PeerDirectory> peers;
  private final List<ScenarioError> errors;

  BehaviourReader(LocatedJson doc, Optional<PeerDirectory> peers, List<ScenarioError> errors) {
    this.doc = doc;
    this.peers = peers;
    this.errors = errors;
  }

  Optional<ServiceBehaviour> read(JsonNode node, String path) {
    if (!node.isObject()) {
      return fail(path, "a behaviour must be an object such as {\"return\": ...}, {\"error\": ...}, "
          + "{\"echo\": true}, {\"arg\": 0}, {\"raw\": {...}}, {\"sequence\": [...]}, {\"noResponse\": true} "
          + "or {\"oneOf\": [...]}");
    }
    List<String> kinds = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (KINDS.contains(e.getKey())) {
        kinds.add(e.getKey());
      } else if (!(e.getKey().equals("retCode") && node.has("error"))) {
        fail(LocatedJson.member(path, e.getKey()), "unknown field \"" + e.getKey()
            + "\" in a behaviour (expected one of " + String.join(", ", sorted(KINDS))
            + (node.has("error") ? ", retCode" : "") + ")");
      }
    }
    if (kinds.size() != 1) {
      return fail(path, kinds.isEmpty() ? "a behaviour needs one of " + String.join(", ", sorted(KINDS))
          : "a behaviour has exactly one kind, found " + String.join(", ", kinds));
    }
    String kind = kinds.get(0);
    return kind(kind, node.get(kind), node, LocatedJson.member(path, kind));
  }

  private Optional<ServiceBehaviour> kind(String kind, JsonNode v, JsonNode whole, String path) {
    return switch (kind) {
      case "return" -> Optional.of(new ServiceBehaviour.Return(substitute(v, path)));
      case "error" -> errorBehaviour(v, whole, path);
      case "echo" -> flag(v, path, "echo").map(x -> new ServiceBehaviour.Echo());
      case "noResponse" -> flag(v, path, "noResponse").map(x -> new ServiceBehaviour.NoResponse());
      case "arg" -> nonNegative(v, path).map(ServiceBehaviour.Arg::new);
      case "raw" -> raw(v, path);
      case "sequence" -> list(v, path).map(ServiceBehaviour.Sequence::new);
      case "oneOf" -> list(v, path).map(ServiceBehaviour.OneOf::new);
      default -> throw new IllegalStateException("unhandled kind " + kind);
    };
  }

  private Optional<ServiceBehaviour> errorBehaviour(JsonNode v, JsonNode whole, String path) {
    int retCode = 1;
    if (whole.has("retCode")) {
      String codePath = path.substring(0, path.length() - ".error".length()) + ".retCode";
      Optional<Integer> code = int32(whole.get("retCode"), codePath);
      if (code.isEmpty()) {
        return Optional.empty();
      }
      retCode = code.get();
    }
    return Optional.of(new ServiceBehaviour.Error(substitute(v, path), retCode));
  }

  private Optional<ServiceBehaviour> raw(JsonNode v, String path) {
    if (!v.isObject()) {
      return fail(path, "raw must be an object {\"retCode\": N, \"result\": \"text\"}");
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!e.getKey().equals("retCode") && !e.getKey().equals("result")) {
        fail(LocatedJson.member(path, e.getKey()), "unknown field \"" + e.getKey() + "\" in raw (expected retCode, result)");
      }
    }
    JsonNode result = v.get("result");
    if (result == null || !result.isTextual()) {
      return fail(LocatedJson.member(path, "result"), "raw.result must be a string (passed verbatim)");
    }
    Optional<Integer> code = v.has("retCode") ? int32(v.get("retCode"), LocatedJson.member(path, "retCode")) : Optional.of(0);
    return code.map(c -> new ServiceBehaviour.Raw(c, result.textValue()));
  }

  private Optional<List<ServiceBehaviour>> list(JsonNode v, String path) {
    if (!v.isArray() || v.isEmpty()) {
      return fail(path, "must be a non-empty array of behaviours");
    }
    List<ServiceBehaviour> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      Optional<ServiceBehaviour> b = read(v.get(i), path + "[" + i + "]");
      ok &= b.isPresent();
      b.ifPresent(out::add);
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private Optional<Boolean> flag(JsonNode v, String path, String name) {
    return v.isBoolean() && v.booleanValue() ? Optional.of(true) : fail(path, name + " must be true");
  }

  private Optional<Integer> nonNegative(JsonNode v, String path) {
    return v.canConvertToInt() && v.isIntegralNumber() && v.intValue() >= 0
        ? Optional.of(v.intValue()) : fail(path, "must be a non-negative integer");
  }

  private Optional<Integer> int32(JsonNode v, String path) {
    return v.isIntegralNumber() && v.canConvertToInt()
        ? Optional.of(v.intValue()) : fail(path, "must be an integer in the 32-bit signed range");
  }

  /** Replaces {@code {{alias}}} inside every string value of {@code v}. */
  JsonNode substitute(JsonNode v, String path) {
    if (v.isTextual()) {
      return JsonNodeFactory.instance.textNode(substituteText(v.textValue(), path));
    }
    if (v.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < v.size(); i++) {
        out.add(substitute(v.get(i), path + "[" + i + "]"));
      }
      return out;
    }
    if (v.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      v.properties().forEach(e -> out.set(e.getKey(), substitute(e.getValue(), LocatedJson.member(path, e.getKey()))));
      return out;
    }
    return v;
  }

  /** Replaces {@code {{alias}}} in {@code text}, reporting unknown aliases at {@code path}. */
  String substituteText(String text, String path) {
    if (peers.isEmpty()) {
      return text;
    }
    List<String> unknown = new ArrayList<>();
    String out = peers.get().substituteAliases(text, unknown);
    for (String alias : unknown) {
      fail(path, "unknown alias \"" + alias + "\" in {{" + alias + "}} (peers: "
          + String.join(", ", peers.get().aliases()) + ")");
    }
    return out;
  }

  private <T> Optional<T> fail(String path, String message) {
    errors.add(doc.error(path, message));
    return Optional.empty();
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
