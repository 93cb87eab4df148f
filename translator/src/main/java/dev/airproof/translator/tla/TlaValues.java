package dev.airproof.translator.tla;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * TLA+ text of the values the spec models ({@code spec/AIRValues.tla}): strings, 32-bit integers
 * (TLC's range), booleans, arrays as sequences and objects as records with identifier fields.
 * Stateless.
 */
final class TlaValues {
  private TlaValues() {}

  /** A TLA+ string literal, or empty when the text holds characters SANY does not read. */
  static Optional<String> string(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            return Optional.empty();
          }
          sb.append(c);
        }
      }
    }
    return Optional.of(sb.append('"').toString());
  }

  /** True iff {@code n} fits TLC's integers. */
  static boolean fitsInt(long n) {
    return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE;
  }

  /**
   * The TLA+ text of a JSON value, strings renamed by {@code rename}; on failure the returned
   * {@code Either} names the JSON construct that the spec does not model.
   */
  static Text json(JsonNode v, UnaryOperator<String> rename) {
    return switch (v.getNodeType()) {
      case STRING -> string(rename.apply(v.textValue()))
          .map(Text::ok).orElse(Text.no("a string with non-ASCII or control characters"));
      case NUMBER -> v.isIntegralNumber() && v.canConvertToLong() && fitsInt(v.longValue())
          ? Text.ok(Long.toString(v.longValue()))
          : Text.no(v.isIntegralNumber() ? "an integer outside TLC's 32-bit range" : "a float");
      case BOOLEAN -> Text.ok(v.booleanValue() ? "TRUE" : "FALSE");
      case ARRAY -> array(v, rename);
      case OBJECT -> object(v, rename);
      case NULL -> Text.no("JSON null");
      default -> Text.no("a JSON " + v.getNodeType().name().toLowerCase());
    };
  }

  private static Text array(JsonNode v, UnaryOperator<String> rename) {
    List<String> parts = new ArrayList<>();
    for (JsonNode e : v) {
      Text t = json(e, rename);
      if (t.problem().isPresent()) {
        return t;
      }
      parts.add(t.text());
    }
    return Text.ok("<<" + String.join(", ", parts) + ">>");
  }

  private static Text object(JsonNode v, UnaryOperator<String> rename) {
    if (v.isEmpty()) {
      return Text.no("an empty JSON object (TLA+ has no empty record)");
    }
    List<String> parts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getKey().matches("[A-Za-z_][A-Za-z0-9_]*") || f.getKey().matches("[0-9_]*")) {
        return Text.no("the JSON field name '" + f.getKey() + "' (not a TLA+ identifier)");
      }
      Text t = json(f.getValue(), rename);
      if (t.problem().isPresent()) {
        return t;
      }
      parts.add(f.getKey() + " |-> " + t.text());
    }
    return Text.ok("[" + String.join(", ", parts) + "]");
  }

  /** Immutable; TLA+ text, or the construct that has none. */
  record Text(String text, Optional<String> problem) {
    static Text ok(String text) {
      return new Text(text, Optional.empty());
    }

    static Text no(String problem) {
      return new Text("", Optional.of(problem));
    }
  }
}
