package dev.airproof.interpreter.semantics.exec;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.Blake3Digest;

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
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    Blake3Digest d = new Blake3Digest(256);
    d.update(data, 0, data.length);
    byte[] digest = new byte[32];
    d.doFinal(digest, 0);
    byte[] cid = new byte[5 + 32];
    cid[0] = 0x01;
    cid[1] = (byte) 0x80;
    cid[2] = 0x04;
    cid[3] = 0x1e;
    cid[4] = 0x20;
    System.arraycopy(digest, 0, cid, 5, 32);
    return "b" + base32(cid);
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
