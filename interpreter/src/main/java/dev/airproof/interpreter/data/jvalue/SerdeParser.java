package dev.airproof.interpreter.data.jvalue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * Mutable, single use; a JSON parser that accepts exactly what {@code serde_json::from_str::<Value>}
 * accepts and reports the same error messages ({@code "expected ident at line 1 column 2"}), with
 * serde's byte-based line/column positions. Objects come out with sorted keys (duplicate keys: the
 * last one wins).
 */
final class SerdeParser {
  private static final int RECURSION_LIMIT = 128;
  private static final BigInteger U64_MAX = new BigInteger("18446744073709551615");
  private final byte[] s;
  private int i;
  private int depth;

  /** Thrown only inside this class; converted to a value by {@link #parse}. */
  private static final class Fail extends Exception {
    Fail(String m) {
      super(m, null, false, false);
    }
  }

  /** Immutable; the parse result: a value or serde's error message. */
  sealed interface Result permits Result.Ok, Result.Err {
    record Ok(JsonNode value) implements Result {}

    record Err(String message) implements Result {}
  }

  private SerdeParser(String text) {
    this.s = text.getBytes(StandardCharsets.UTF_8);
  }

  static Result parse(String text) {
    SerdeParser p = new SerdeParser(text);
    try {
      JsonNode v = p.value();
      p.ws();
      if (p.i < p.s.length) {
        throw p.peekError("trailing characters");
      }
      return new Result.Ok(v);
    } catch (Fail f) {
      return new Result.Err(f.getMessage());
    }
  }

  private Fail at(String msg, int index) {
    int line = 1;
    int col = 0;
    for (int k = 0; k < index; k++) {
      if (s[k] == '\n') {
        line++;
        col = 0;
      } else {
        col++;
      }
    }
    return new Fail(msg + " at line " + line + " column " + col);
  }

  private Fail error(String msg) {
    return at(msg, i);
  }

  private Fail peekError(String msg) {
    return at(msg, Math.min(s.length, i + 1));
  }

  private void ws() {
    while (i < s.length && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) {
      i++;
    }
  }

  private int peek() {
    return i < s.length ? s[i] & 0xff : -1;
  }

  private JsonNode value() throws Fail {
    ws();
    int c = peek();
    if (c < 0) {
      throw peekError("EOF while parsing a value");
    }
    switch (c) {
      case 'n' -> {
        i++;
        ident("ull");
        return JValues.NODES.nullNode();
      }
      case 't' -> {
        i++;
        ident("rue");
        return JValues.NODES.booleanNode(true);
      }
      case 'f' -> {
        i++;
        ident("alse");
        return JValues.NODES.booleanNode(false);
      }
      case '"' -> {
        i++;
        return JValues.NODES.textNode(string());
      }
      case '[' -> {
        return array();
      }
      case '{' -> {
        return object();
      }
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw peekError("expected value");
      }
    }
  }

  private void ident(String rest) throws Fail {
    for (int k = 0; k < rest.length(); k++) {
      if (i >= s.length) {
        throw error("EOF while parsing a value");
      }
      byte b = s[i++];
      if (b != rest.charAt(k)) {
        throw error("expected ident");
      }
    }
  }

  private void enter() throws Fail {
    if (++depth > RECURSION_LIMIT) {
      throw error("recursion limit exceeded");
    }
  }

  private JsonNode array() throws Fail {
    enter();
    i++;
    ArrayNode a = JValues.NODES.arrayNode();
    ws();
    if (peek() == ']') {
      i++;
      depth--;
      return a;
    }
    while (true) {
      a.add(value());
      ws();
      int c = peek();
      if (c < 0) {
        throw peekError("EOF while parsing a list");
      }
      if (c == ']') {
        i++;
        depth--;
        return a;
      }
      if (c != ',') {
        throw peekError("expected `,` or `]`");
      }
      i++;
      ws();
      if (peek() == ']') {
        throw peekError("trailing comma");
      }
    }
  }

  private JsonNode object() throws Fail {
    enter();
    i++;
    TreeMap<String, JsonNode> m = new TreeMap<>(JValues::compareCodePoints);
    ws();
    if (peek() == '}') {
      i++;
      depth--;
      return sorted(m);
    }
    while (true) {
      ws();
      int c = peek();
      if (c < 0) {
        throw peekError("EOF while parsing an object");
      }
      if (c != '"') {
        throw peekError("key must be a string");
      }
      i++;
      String key = string();
      ws();
      c = peek();
      if (c < 0) {
        throw peekError("EOF while parsing an object");
      }
      if (c != ':') {
        throw peekError("expected `:`");
      }
      i++;
      m.put(key, value());
      ws();
      c = peek();
      if (c < 0) {
        throw peekError("EOF while parsing an object");
      }
      if (c == '}') {
        i++;
        depth--;
        return sorted(m);
      }
      if (c != ',') {
        throw peekError("expected `,` or `}`");
      }
      i++;
      ws();
      if (peek() == '}') {
        throw peekError("trailing comma");
      }
    }
  }

  private static JsonNode sorted(TreeMap<String, JsonNode> m) {
    ObjectNode o = JValues.NODES.objectNode();
    m.forEach(o::set);
    return o;
  }

  private String string() throws Fail {
    StringBuilder out = new StringBuilder();
    java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
    while (true) {
      if (i >= s.length) {
        throw error("EOF while parsing a string");
      }
      int b = s[i++] & 0xff;
      if (b == '"') {
        flush(raw, out);
        return out.toString();
      }
      if (b == '\\') {
        flush(raw, out);
        escape(out);
      } else if (b < 0x20) {
        throw error("control character (\\u0000-\\u001F) found while parsing a string");
      } else {
        raw.write(b);
      }
    }
  }

  private static void flush(java.io.ByteArrayOutputStream raw, StringBuilder out) {
    out.append(raw.toString(StandardCharsets.UTF_8));
    raw.reset();
  }

  private void escape(StringBuilder out) throws Fail {
    if (i >= s.length) {
      throw error("EOF while parsing a string");
    }
    int b = s[i++];
    switch (b) {
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case '/' -> out.append('/');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'u' -> unicode(out);
      default -> throw error("invalid escape");
    }
  }

  private void unicode(StringBuilder out) throws Fail {
    int n = hex4();
    if (n >= 0xDC00 && n <= 0xDFFF) {
      throw error("lone leading surrogate in hex escape");
    }
    if (n >= 0xD800 && n <= 0xDBFF) {
      if (i + 1 >= s.length || s[i] != '\\' || s[i + 1] != 'u') {
        if (i >= s.length || (i + 1 >= s.length && s[i] == '\\')) {
          throw error("EOF while parsing a string");
        }
        throw error("unexpected end of hex escape");
      }
      i += 2;
      int n2 = hex4();
      if (n2 < 0xDC00 || n2 > 0xDFFF) {
        throw error("lone leading surrogate in hex escape");
      }
      out.appendCodePoint(0x10000 + ((n - 0xD800) << 10) + (n2 - 0xDC00));
      return;
    }
    out.append((char) n);
  }

  private int hex4() throws Fail {
    int n = 0;
    for (int k = 0; k < 4; k++) {
      if (i >= s.length) {
        throw error("EOF while parsing a string");
      }
      int d = Character.digit(s[i++], 16);
      if (d < 0) {
        throw error("invalid escape");
      }
      n = n * 16 + d;
    }
    return n;
  }

  private JsonNode number() throws Fail {
    int start = i;
    if (peek() == '-') {
      i++;
    }
    int c = peek();
    if (c < 0) {
      throw peekError("EOF while parsing a value");
    }
    if (c == '0') {
      i++;
      int d = peek();
      if (d >= '0' && d <= '9') {
        throw peekError("invalid number");
      }
    } else if (c >= '1' && c <= '9') {
      while (peek() >= '0' && peek() <= '9') {
        i++;
      }
    } else {
      throw peekError("invalid number");
    }
    boolean isFloat = false;
    if (peek() == '.') {
      i++;
      isFloat = true;
      if (!(peek() >= '0' && peek() <= '9')) {
        throw peek() < 0 ? peekError("EOF while parsing a value") : peekError("invalid number");
      }
      while (peek() >= '0' && peek() <= '9') {
        i++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      i++;
      isFloat = true;
      if (peek() == '+' || peek() == '-') {
        i++;
      }
      if (!(peek() >= '0' && peek() <= '9')) {
        throw peek() < 0 ? peekError("EOF while parsing a value") : peekError("invalid number");
      }
      while (peek() >= '0' && peek() <= '9') {
        i++;
      }
    }
    String text = new String(s, start, i - start, StandardCharsets.US_ASCII);
    if (!isFloat) {
      BigInteger b = new BigInteger(text);
      if (b.signum() >= 0 ? b.compareTo(U64_MAX) <= 0 : b.bitLength() < 64) {
        return JValues.integer(b);
      }
    }
    double d = new BigDecimal(text).doubleValue();
    if (Double.isInfinite(d)) {
      throw error("number out of range");
    }
    if (d == 0 && text.startsWith("-")) {
      return JValues.NODES.numberNode(-0.0);
    }
    return JValues.NODES.numberNode(d);
  }
}
