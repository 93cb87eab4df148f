package dev.airproof.interpreter.data.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stateless; renders a JSON tree as JavaScript's {@code JSON.stringify(value)} and
 * {@code JSON.stringify(value, null, 2)} do for the object {@code JSON.parse} would build from it:
 * numbers through {@code Number::toString} ({@code 15}, not {@code 15.0}; {@code 1e+21}), integer
 * values beyond 2^53 rounded to the nearest double as JavaScript does, and object keys in
 * JavaScript's property order (array-index keys {@code "0".."4294967294"} ascending first, then the
 * others in the node's order). {@link #compactSorted} is the Node driver's canonical sorted form.
 */
public final class JsJson {
  private JsJson() {}

  /** {@code JSON.stringify(node)}. */
  public static String compact(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(out, node, false, -1, 0);
    return out.toString();
  }

  /**
   * Compact JSON with every object's keys sorted as JavaScript's default {@code Array.prototype.sort}
   * sorts strings (by UTF-16 code unit, array-index keys not moved first): the canonical form the
   * Node driver writes with {@code Object.keys(v).sort()}.
   */
  public static String compactSorted(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(out, node, true, -1, 0);
    return out.toString();
  }

  /** {@code JSON.stringify(node, null, 2)}. */
  public static String pretty(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(out, node, false, 2, 0);
    return out.toString();
  }

  /** Appends {@code JSON.stringify(node, null, 2)} as if nested {@code depth} levels deep. */
  public static void appendPretty(StringBuilder out, JsonNode node, int depth) {
    write(out, node, false, 2, depth);
  }

  /** The {@code Number::toString} text of a number node. */
  public static String number(JsonNode node) {
    return number(node.doubleValue());
  }

  /** The {@code Number::toString} text of a double ({@code null} for non-finite, as JSON). */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "null";
    }
    if (value == 0) {
      return "0";
    }
    return ShortestDigits.of(value).toJs();
  }

  private static void write(StringBuilder out, JsonNode node, boolean sort, int indent, int depth) {
    switch (node.getNodeType()) {
      case NULL, MISSING -> out.append("null");
      case BOOLEAN -> out.append(node.booleanValue());
      case STRING -> JsonStrings.appendQuoted(out, node.textValue());
      case NUMBER -> out.append(number(node));
      case ARRAY -> writeArray(out, node, sort, indent, depth);
      case OBJECT -> writeObject(out, node, sort, indent, depth);
      case BINARY, POJO -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
  }

  private static void writeArray(StringBuilder out, JsonNode node, boolean sort, int indent, int depth) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < node.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(out, indent, depth + 1);
      write(out, node.get(i), sort, indent, depth + 1);
    }
    newline(out, indent, depth);
    out.append(']');
  }

  private static void writeObject(StringBuilder out, JsonNode node, boolean sort, int indent, int depth) {
    List<Map.Entry<String, JsonNode>> entries = orderedEntries(node, sort);
    if (entries.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(out, indent, depth + 1);
      JsonStrings.appendQuoted(out, entries.get(i).getKey());
      out.append(indent >= 0 ? ": " : ":");
      write(out, entries.get(i).getValue(), sort, indent, depth + 1);
    }
    newline(out, indent, depth);
    out.append('}');
  }

  private static void newline(StringBuilder out, int indent, int depth) {
    if (indent >= 0) {
      out.append('\n').append(" ".repeat(indent * depth));
    }
  }

  /** The entries of an object node in JavaScript property order (or, with {@code sort}, UTF-16 order). */
  public static List<Map.Entry<String, JsonNode>> orderedEntries(JsonNode node, boolean sort) {
    if (sort) {
      List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
      node.properties().forEach(all::add);
      all.sort(Map.Entry.comparingByKey());
      return all;
    }
    List<Map.Entry<String, JsonNode>> indexKeys = new ArrayList<>();
    List<Map.Entry<String, JsonNode>> others = new ArrayList<>();
    node.properties().forEach(e -> (isArrayIndex(e.getKey()) ? indexKeys : others).add(e));
    indexKeys.sort((a, b) -> Long.compare(Long.parseLong(a.getKey()), Long.parseLong(b.getKey())));
    List<Map.Entry<String, JsonNode>> all = new ArrayList<>(indexKeys);
    all.addAll(others);
    return all;
  }

  /** True for the canonical decimal strings of 0 .. 2^32 - 2 (JavaScript array indices). */
  public static boolean isArrayIndex(String key) {
    if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return Long.parseLong(key) <= 4294967294L;
  }
}
