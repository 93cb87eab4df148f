package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.data.json.JsonStrings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Immutable; a JSON document with the source position of every member and element, addressed by
 * JSON path ({@code $}, {@code $.a.b}, {@code $.a["x/y"]}, {@code $.a[0]}). Object members point
 * at their key, array elements at their first token.
 *
 * @param root the document
 * @param positions path → {line, column}
 */
record LocatedJson(JsonNode root, Map<String, int[]> positions) {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  LocatedJson {
    positions = Map.copyOf(positions);
  }

  /** Parses {@code text}; a syntax error or duplicate key becomes an error value. */
  static Result parse(String text) {
    Map<String, int[]> positions = new HashMap<>();
    List<ScenarioError> errors = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Result(Optional.empty(), List.of(new ScenarioError("$", 1, 1, "empty file, expected a JSON object")));
      }
      positions.put("$", position(p.currentTokenLocation()));
      JsonNode root = value(p, "$", positions, errors);
      if (p.nextToken() != null) {
        int[] at = position(p.currentTokenLocation());
        errors.add(new ScenarioError("$", at[0], at[1], "unexpected content after the JSON document"));
      }
      return new Result(errors.isEmpty() ? Optional.of(new LocatedJson(root, positions)) : Optional.empty(), errors);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      return new Result(Optional.empty(), List.of(new ScenarioError("$", line, column,
          "invalid JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new IllegalStateException("reading from a String cannot fail", e);
    }
  }

  /** Parse outcome: a document when {@code errors} is empty. */
  record Result(Optional<LocatedJson> json, List<ScenarioError> errors) {}

  private static JsonNode value(JsonParser p, String path, Map<String, int[]> positions,
      List<ScenarioError> errors) throws IOException {
    JsonToken t = p.currentToken();
    return switch (t) {
      case START_OBJECT -> object(p, path, positions, errors);
      case START_ARRAY -> array(p, path, positions, errors);
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
        case INT -> NODES.numberNode(p.getIntValue());
        case LONG -> NODES.numberNode(p.getLongValue());
        default -> NODES.numberNode(p.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("unexpected token " + t);
    };
  }

  private static ObjectNode object(JsonParser p, String path, Map<String, int[]> positions,
      List<ScenarioError> errors) throws IOException {
    ObjectNode node = NODES.objectNode();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String child = member(path, key);
      int[] at = position(p.currentTokenLocation());
      if (node.has(key)) {
        errors.add(new ScenarioError(child, at[0], at[1], "duplicate key \"" + key + "\""));
      }
      positions.put(child, at);
      p.nextToken();
      node.set(key, value(p, child, positions, errors));
    }
    return node;
  }

  private static ArrayNode array(JsonParser p, String path, Map<String, int[]> positions,
      List<ScenarioError> errors) throws IOException {
    ArrayNode node = NODES.arrayNode();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String child = path + "[" + i++ + "]";
      positions.put(child, position(p.currentTokenLocation()));
      node.add(value(p, child, positions, errors));
    }
    return node;
  }

  /** The path of member {@code key} of the object at {@code path}. */
  static String member(String path, String key) {
    return IDENTIFIER.matcher(key).matches() ? path + "." + key : path + "[" + JsonStrings.quote(key) + "]";
  }

  /** An error at {@code path} (at the nearest known enclosing position). */
  ScenarioError error(String path, String message) {
    String p = path;
    while (!positions.containsKey(p) && p.length() > 1) {
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "$" : p.substring(0, cut);
    }
    int[] at = positions.getOrDefault(p, new int[] {0, 0});
    return new ScenarioError(path, at[0], at[1], message);
  }

  private static int[] position(JsonLocation location) {
    return new int[] {location.getLineNr(), location.getColumnNr()};
  }
}
