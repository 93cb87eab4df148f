package dev.airproof.interpreter.data.jvalue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The serde_json view of JSON values: parse, compact text, equality.
 *
 * <p>Stateless; thread-safe.
 */
public final class JValues {
  private static final BigInteger U64_MAX = new BigInteger("18446744073709551615");
  /** The shared node factory. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JValues() {}

  /**
   * Parses {@code text} as serde_json does into a {@code Value}: integers that fit u64 or i64 stay
   * integers, others become f64; non-finite floats, trailing content and nesting deeper than 128
   * levels are errors. Object keys come out sorted.
   *
   * @return the value, or empty when serde_json would reject the text
   */
  public static Optional<JsonNode> parse(String text) {
    return switch (SerdeParser.parse(text)) {
      case SerdeParser.Result.Ok ok -> Optional.of(ok.value());
      case SerdeParser.Result.Err err -> Optional.empty();
    };
  }

  /** serde_json's error message for {@code text}, or empty when it parses. */
  public static Optional<String> parseError(String text) {
    return switch (SerdeParser.parse(text)) {
      case SerdeParser.Result.Ok ok -> Optional.empty();
      case SerdeParser.Result.Err err -> Optional.of(err.message());
    };
  }

  /** An integer value as serde_json holds it: u64/i64 when it fits, f64 otherwise. */
  public static JsonNode integer(BigInteger value) {
    if (value.bitLength() < 64) {
      return NODES.numberNode(value.longValue());
    }
    if (value.signum() > 0 && value.compareTo(U64_MAX) <= 0) {
      return NODES.numberNode(value);
    }
    return NODES.numberNode(value.doubleValue());
  }

  /** The compact serde_json text of {@code value}: no whitespace, object keys sorted. */
  public static String compact(JsonNode value) {
    return dev.airproof.interpreter.data.json.SerdeJson.compact(value);
  }

  /** Object keys in serde_json's BTreeMap order (UTF-8 byte order = code point order). */
  public static List<String> sortedKeys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    keys.sort(JValues::compareCodePoints);
    return keys;
  }

  /** Compares two strings by Unicode code points (equal to comparing their UTF-8 bytes). */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Appends {@code s} as a JSON string literal with serde_json's escaping. */
  public static void writeString(String s, StringBuilder out) {
    out.append('"');
    int plain = 0;
    while (plain < s.length()) {
      char c = s.charAt(plain);
      if (c < 0x20 || c == '"' || c == '\\') {
        break;
      }
      plain++;
    }
    if (plain == s.length()) {
      out.append(s).append('"');
      return;
    }
    out.append(s, 0, plain);
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A JSON string literal of {@code s}. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    writeString(s, out);
    return out.toString();
  }

  /**
   * serde_json's {@code Value} equality: numbers are equal only within the same class (integer vs
   * float), objects compare as maps, arrays element-wise.
   */
  public static boolean equal(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      if (a.isIntegralNumber() && b.isIntegralNumber()) {
        return a.bigIntegerValue().equals(b.bigIntegerValue());
      }
      if (!a.isIntegralNumber() && !b.isIntegralNumber()) {
        return a.doubleValue() == b.doubleValue();
      }
      return false;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!b.has(k) || !equal(a.get(k), b.get(k))) {
          return false;
        }
      }
      return true;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().equals(b.textValue());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return a.booleanValue() == b.booleanValue();
    }
    return a.isNull() && b.isNull();
  }

  /** A string value. */
  public static JsonNode text(String s) {
    return NODES.textNode(s);
  }

  /** An integer value. */
  public static JsonNode integer(long v) {
    return NODES.numberNode(v);
  }

  /** A float value as AIR float literals produce it. */
  public static JsonNode decimal(double v) {
    return NODES.numberNode(v);
  }

  /** The exact decimal of the shortest round-trip representation of {@code d}. */
  static BigDecimal exact(double d) {
    return new BigDecimal(Double.toString(d));
  }
}
