package dev.airproof.interpreter.data.json;

import java.util.Comparator;

/**
 * Stateless; string escaping and key ordering shared by {@link SerdeJson} and {@link JsJson}.
 *
 * <p>Both {@code serde_json} and {@code JSON.stringify} escape exactly {@code "}, {@code \},
 * and the control characters U+0000..U+001F ({@code \b \t \n \f \r} by name, the others as
 * {@code \}{@code u00xx} with lower-case hex); everything else, including U+007F and non-ASCII, is
 * written raw. JavaScript additionally escapes lone surrogates, which Rust strings cannot hold.
 */
public final class JsonStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Orders strings as Rust's {@code str} does: by Unicode code point (= UTF-8 byte order). */
  public static final Comparator<String> CODE_POINT_ORDER = JsonStrings::compareCodePoints;

  private JsonStrings() {}

  /** Appends {@code s} as a quoted JSON string literal. */
  public static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> appendOther(out, s, i, c);
      }
    }
    out.append('"');
  }

  private static void appendOther(StringBuilder out, String s, int i, char c) {
    if (c < 0x20 || isLoneSurrogate(s, i, c)) {
      out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
          .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    } else {
      out.append(c);
    }
  }

  private static boolean isLoneSurrogate(String s, int i, char c) {
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  /** Returns {@code s} as a quoted JSON string literal. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  private static int compareCodePoints(String a, String b) {
    return dev.airproof.interpreter.data.jvalue.JValues.compareCodePoints(a, b);
  }

}
