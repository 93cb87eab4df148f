package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text exactly as JavaScript's {@code JSON.stringify} writes it, so that reports printed by Java and by the
 * Node driver are byte-identical: {@link #pretty(JsonNode)} is {@code JSON.stringify(v, null, 2)},
 * {@link #compact(JsonNode)} is {@code JSON.stringify(v)}. Object keys keep their order. Numbers are rendered
 * as JavaScript renders the nearest double ({@code 15.0} → {@code 15}, {@code 1e21} → {@code 1e+21},
 * {@code 1e-7} → {@code 1e-7}); strings escape {@code "}, {@code \}, control characters and lone surrogates
 * only. Stateless.
 */
public final class JsJson {
  private static final double SAFE_INTEGER = 9007199254740991d;

  private JsJson() {}

  /** {@code JSON.stringify(value, null, 2)}. */
  public static String pretty(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "\n");
    return out.toString();
  }

  /** {@code JSON.stringify(value)}. */
  public static String compact(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out, null);
    return out.toString();
  }

  /** Writes {@code value}; {@code newline} is the line break plus current indent, or null for compact output. */
  private static void write(JsonNode value, StringBuilder out, String newline) {
    switch (value.getNodeType()) {
      case ARRAY -> writeContainer(value.elements(), null, '[', ']', out, newline);
      case OBJECT -> writeContainer(null, value.properties().iterator(), '{', '}', out, newline);
      case STRING -> quote(value.textValue(), out);
      case NUMBER -> out.append(number(value));
      case BOOLEAN -> out.append(value.booleanValue());
      case NULL, MISSING, POJO, BINARY -> out.append("null");
    }
  }

  private static void writeContainer(Iterator<JsonNode> elements, Iterator<Map.Entry<String, JsonNode>> fields,
      char open, char close, StringBuilder out, String newline) {
    Iterator<?> items = elements != null ? elements : fields;
    out.append(open);
    if (!items.hasNext()) {
      out.append(close);
      return;
    }
    String inner = newline == null ? null : newline + "  ";
    boolean first = true;
    while (items.hasNext()) {
      out.append(first ? "" : ",");
      first = false;
      if (inner != null) {
        out.append(inner);
      }
      if (elements != null) {
        write(elements.next(), out, inner);
      } else {
        Map.Entry<String, JsonNode> field = fields.next();
        quote(field.getKey(), out);
        out.append(inner == null ? ":" : ": ");
        write(field.getValue(), out, inner);
      }
    }
    if (newline != null) {
      out.append(newline);
    }
    out.append(close);
  }

  /** JavaScript's rendering of a JSON number node (integers beyond 2^53 go through double, as in JavaScript). */
  static String number(JsonNode value) {
    if (value.canConvertToLong() && value.isIntegralNumber() && Math.abs((double) value.longValue()) <= SAFE_INTEGER) {
      return Long.toString(value.longValue());
    }
    return number(value.doubleValue());
  }

  /** ECMAScript Number::toString for finite doubles; NaN and infinities become {@code null} as in JSON. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal shortest = shortestDecimal(Math.abs(d));
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale();
    String sign = d < 0 ? "-" : "";
    if (k <= n && n <= 21) {
      return sign + digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return sign + digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return sign + "0." + "0".repeat(-n) + digits;
    }
    String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
    String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + exponent;
  }

  /**
   * The shortest decimal that reads back as {@code d} (d > 0). Double.toString is shortest except that it always
   * keeps two significant digits, choosing the closest two-digit decimal (4.9E-324 where JavaScript prints
   * 5e-324); a one-digit decimal that reads back is preferred here, as in JavaScript.
   */
  private static BigDecimal shortestDecimal(double d) {
    BigDecimal java = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    if (java.precision() == 2) {
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal one = java.round(new MathContext(1, mode));
        if (Double.parseDouble(one.toString()) == d) {
          return one.stripTrailingZeros();
        }
      }
    }
    return java;
  }

  /** JSON.stringify's string quoting (well-formed variant: lone surrogates escaped). */
  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || isLoneSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
