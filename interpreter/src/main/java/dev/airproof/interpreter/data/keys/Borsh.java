package dev.airproof.interpreter.data.keys;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Stateless; the borsh encoding of what AquaVM signs: the pair {@code (Vec<String>, &str)}; a
 * sequence is its u32 little-endian length then its elements, a string is its u32 little-endian
 * UTF-8 byte length then the bytes.
 */
public final class Borsh {
  private Borsh() {}

  /** borsh({@code (strings, salt)}); the caller passes the strings already sorted. */
  public static byte[] saltedStrings(List<String> strings, String salt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    u32(out, strings.size());
    for (String s : strings) {
      string(out, s);
    }
    string(out, salt);
    return out.toByteArray();
  }

  private static void string(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    u32(out, bytes.length);
    out.writeBytes(bytes);
  }

  private static void u32(ByteArrayOutputStream out, int value) {
    out.write(value & 0xff);
    out.write((value >>> 8) & 0xff);
    out.write((value >>> 16) & 0xff);
    out.write((value >>> 24) & 0xff);
  }
}
