package dev.airproof.properties.tlc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable, single use; reads the TLA+ text TLC 2.18 prints for a variable's value in a trace state.
 * Throws {@link IllegalArgumentException} on text it does not understand (a bug or an unexpected
 * TLC output, never a user error).
 */
public final class TlaValueParser {
  private final String text;
  private int at;

  private TlaValueParser(String text) {
    this.text = text;
  }

  /** The value written by {@code text}. */
  public static TlaValue parse(String text) {
    TlaValueParser p = new TlaValueParser(text);
    TlaValue v = p.value();
    p.skipSpace();
    if (p.at != text.length()) {
      throw p.error("trailing text");
    }
    return v;
  }

  private TlaValue value() {
    skipSpace();
    if (at >= text.length()) {
      throw error("value expected");
    }
    char c = text.charAt(at);
    if (text.startsWith("<<", at)) {
      at += 2;
      return new TlaValue.Seq(list(">>"));
    }
    return switch (c) {
      case '"' -> string();
      case '{' -> {
        at++;
        yield new TlaValue.SetOf(list("}"));
      }
      case '[' -> record();
      case '(' -> function();
      default -> atom();
    };
  }

  private List<TlaValue> list(String close) {
    List<TlaValue> out = new ArrayList<>();
    skipSpace();
    if (text.startsWith(close, at)) {
      at += close.length();
      return out;
    }
    while (true) {
      out.add(value());
      skipSpace();
      if (text.startsWith(close, at)) {
        at += close.length();
        return out;
      }
      expect(",");
    }
  }

  private TlaValue record() {
    at++;
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      int start = at;
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
        at++;
      }
      String name = text.substring(start, at);
      if (name.isEmpty()) {
        throw error("field name expected");
      }
      expect("|->");
      fields.put(name, value());
      skipSpace();
      if (text.startsWith("]", at)) {
        at++;
        return new TlaValue.Rec(fields);
      }
      expect(",");
    }
  }

  private TlaValue function() {
    at++;
    Map<TlaValue, TlaValue> mapping = new LinkedHashMap<>();
    while (true) {
      TlaValue key = value();
      expect(":>");
      mapping.put(key, value());
      skipSpace();
      if (text.startsWith(")", at)) {
        at++;
        return new TlaValue.Fn(mapping);
      }
      expect("@@");
    }
  }

  private TlaValue string() {
    StringBuilder sb = new StringBuilder();
    at++;
    while (at < text.length() && text.charAt(at) != '"') {
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        char e = text.charAt(at++);
        sb.append(switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'f' -> '\f';
          default -> e;
        });
      } else {
        sb.append(c);
      }
    }
    expect("\"");
    return new TlaValue.Str(sb.toString());
  }

  private TlaValue atom() {
    int start = at;
    if (text.charAt(at) == '-') {
      at++;
    }
    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
    String word = text.substring(start, at);
    return switch (word) {
      case "TRUE" -> new TlaValue.Bool(true);
      case "FALSE" -> new TlaValue.Bool(false);
      default -> {
        if (!word.matches("-?[0-9]+")) {
          throw error("unknown atom '" + word + "'");
        }
        yield new TlaValue.Int(Long.parseLong(word));
      }
    };
  }

  private void expect(String token) {
    skipSpace();
    if (!text.startsWith(token, at)) {
      throw error("'" + token + "' expected");
    }
    at += token.length();
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    int from = Math.max(0, at - 20);
    return new IllegalArgumentException(what + " at " + at + " near '"
        + text.substring(from, Math.min(text.length(), at + 20)) + "'");
  }
}
