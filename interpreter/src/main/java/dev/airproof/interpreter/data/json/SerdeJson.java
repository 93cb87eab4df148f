package dev.airproof.interpreter.data.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stateless; renders a JSON tree exactly as {@code serde_json::to_string(&serde_json::Value)} does
 * in AquaVM (no {@code preserve_order}, no {@code arbitrary_precision}): compact, object keys
 * sorted by code point (a {@code BTreeMap}), integers that fit {@code i64}/{@code u64} as written,
 * every other number as an {@code f64} through {@code ryu} ({@code 1.0}, {@code 0.1},
 * {@code 1e21}, {@code 1.5e-7}; {@code -0.0} as {@code -0.0}; non-finite as {@code null}).
 */
public final class SerdeJson {
  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger I64_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  private SerdeJson() {}

  /** The compact serde_json text of {@code node}. */
  public static String compact(JsonNode node) {
    StringBuilder out = new StringBuilder();
    append(out, node);
    return out.toString();
  }

  /** Appends the compact serde_json text of {@code node} to {@code out}. */
  public static void append(StringBuilder out, JsonNode node) {
    switch (node.getNodeType()) {
      case NULL, MISSING -> out.append("null");
      case BOOLEAN -> out.append(node.booleanValue());
      case STRING -> JsonStrings.appendQuoted(out, node.textValue());
      case NUMBER -> out.append(number(node));
      case ARRAY -> appendArray(out, node);
      case OBJECT -> appendObject(out, node);
      case BINARY, POJO -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
  }

  private static void appendArray(StringBuilder out, JsonNode node) {
    out.append('[');
    for (int i = 0; i < node.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      append(out, node.get(i));
    }
    out.append(']');
  }

  private static void appendObject(StringBuilder out, JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    node.properties().forEach(entries::add);
    entries.sort(Map.Entry.comparingByKey(JsonStrings.CODE_POINT_ORDER));
    out.append('{');
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      JsonStrings.appendQuoted(out, entries.get(i).getKey());
      out.append(':');
      append(out, entries.get(i).getValue());
    }
    out.append('}');
  }

  /** The serde_json text of a number node. */
  public static String number(JsonNode node) {
    if (node.isInt() || node.isLong()) {
      return Long.toString(node.longValue());
    }
    if (node.isIntegralNumber()) {
      BigInteger v = node.bigIntegerValue();
      if (v.compareTo(I64_MIN) >= 0 && v.compareTo(U64_MAX) <= 0) {
        return v.toString();
      }
      return f64(v.doubleValue());
    }
    return f64(node.doubleValue());
  }

  /** The serde_json text of an {@code f64}. */
  public static String f64(double value) {
    if (!Double.isFinite(value)) {
      return "null";
    }
    if (value == 0) {
      return Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0";
    }
    return ShortestDigits.of(value).toRyu();
  }
}
