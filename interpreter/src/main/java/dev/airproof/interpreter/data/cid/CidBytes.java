package dev.airproof.interpreter.data.cid;

import dev.airproof.interpreter.data.keys.Base58;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Immutable; the binary content of a CID: version, content codec, multihash code and digest.
 *
 * @param version 0 or 1
 * @param codec the content codec (0x0200 = json; 0x70 = dag-pb for version 0)
 * @param hashFunction the multihash function code
 * @param digest the digest bytes as carried (its length is the multihash length field)
 */
record CidBytes(long version, long codec, long hashFunction, byte[] digest) {
  private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

  CidBytes {
    digest = digest.clone();
  }

  @Override
  public byte[] digest() {
    return digest.clone();
  }

  /** The CIDv1 bytes: varint version, varint codec, varint hash code, varint length, digest. */
  byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, version);
    writeVarint(out, codec);
    writeVarint(out, hashFunction);
    writeVarint(out, digest.length);
    out.writeBytes(digest);
    return out.toByteArray();
  }

  /** Multibase base32 lower ('b' prefix, no padding) of {@link #encode()}. */
  String toText() {
    return "b" + base32(encode());
  }

  /** Parses a CID string: multibase 'b' (base32 lower), 'z' (base58btc), or a CIDv0 "Qm...". */
  static Optional<CidBytes> parse(String text) {
    if (text.length() == 46 && text.startsWith("Qm")) {
      return Base58.decode(text).flatMap(b -> parseMultihash(0, 0x70, b, 0));
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<byte[]> bytes = switch (text.charAt(0)) {
      case 'b' -> unbase32(text.substring(1));
      case 'z' -> Base58.decode(text.substring(1));
      default -> Optional.empty();
    };
    return bytes.flatMap(CidBytes::parseV1);
  }

  private static Optional<CidBytes> parseV1(byte[] b) {
    int[] pos = {0};
    Optional<Long> version = readVarint(b, pos);
    Optional<Long> codec = readVarint(b, pos);
    if (version.isEmpty() || codec.isEmpty() || version.get() != 1) {
      return Optional.empty();
    }
    return parseMultihash(1, codec.get(), b, pos[0]);
  }

  private static Optional<CidBytes> parseMultihash(long version, long codec, byte[] b, int start) {
    int[] pos = {start};
    Optional<Long> code = readVarint(b, pos);
    Optional<Long> length = readVarint(b, pos);
    if (code.isEmpty() || length.isEmpty() || length.get() > 64 || pos[0] + length.get() != b.length) {
      return Optional.empty();
    }
    return Optional.of(new CidBytes(version, codec, code.get(), Arrays.copyOfRange(b, pos[0], b.length)));
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while (v >= 0x80) {
      out.write((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static Optional<Long> readVarint(byte[] b, int[] pos) {
    long value = 0;
    for (int shift = 0; shift < 63 && pos[0] < b.length; shift += 7) {
      int x = b[pos[0]++] & 0xff;
      value |= (long) (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  static String base32(byte[] data) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte x : data) {
      buffer = (buffer << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  static Optional<byte[]> unbase32(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < text.length(); i++) {
      int v = BASE32.indexOf(text.charAt(i));
      if (v < 0) {
        return Optional.empty();
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    if (bits >= 5 || (buffer & ((1 << bits) - 1)) != 0) {
      return Optional.empty();
    }
    return Optional.of(out.toByteArray());
  }
}
