package dev.airproof.interpreter.semantics.exec;


/**
 * AquaVM's CID of a JSON text ({@code interpreter-cid/src/lib.rs}): blake3-256 of the UTF-8 bytes,
 * multihash {@code 0x1e 0x20}, CIDv1 with codec {@code 0x0200}, multibase base32 lower
 * ({@code b...}).
 *
 * <p>Stateless; thread-safe.
 */
public final class CidHasher {
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private CidHasher() {}

  /** The CID of the given JSON text. */
  public static String ofJsonText(String text) {
    return dev.airproof.interpreter.data.cid.Cids.ofJsonText(text).text();
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }
}
