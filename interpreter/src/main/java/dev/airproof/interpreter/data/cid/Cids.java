package dev.airproof.interpreter.data.cid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.json.SerdeJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.digests.Blake3Digest;

/**
 * Stateless; computes and verifies CIDs exactly as AquaVM 0.62 ({@code interpreter-cid/src/lib.rs}
 * and {@code verify.rs}).
 */
public final class Cids {
  /** Multicodec of JSON content. */
  public static final long JSON_CODEC = 0x0200;
  /** Multihash code of blake3 (256-bit output). */
  public static final long BLAKE3 = 0x1e;
  /** Multihash code of sha2-256. */
  public static final long SHA2_256 = 0x12;

  private Cids() {}

  /** The blake3 CID of exactly these UTF-8 bytes (AquaVM's {@code raw_value_to_json_cid}). */
  public static Cid ofJsonText(String compactJsonText) {
    return ofBytes(compactJsonText.getBytes(StandardCharsets.UTF_8));
  }

  /** The blake3 CID of these bytes. */
  public static Cid ofBytes(byte[] bytes) {
    return bytes.length > MEMO_LIMIT ? cidNow(bytes) : CID_MEMO.apply(bytes, Cids::cidNow);
  }

  /**
   * The largest input whose hash is remembered (64 KB): comparing a remembered input costs a small
   * fraction of hashing it again (a stored list of 5,000 numbers is 24 KB).
   */
  private static final int MEMO_LIMIT = 64 * 1024;

  /**
   * Remembered CIDs of inputs up to {@link #MEMO_LIMIT} (a pure function; a model checker and every replay of a
   * trace hash the same values, tetraplets and aggregates again). Cids are immutable.
   */
  private static final dev.airproof.interpreter.data.memo.ContentMemo<Cid> CID_MEMO =
      new dev.airproof.interpreter.data.memo.ContentMemo<>(32_768, 32L << 20);

  private static Cid cidNow(byte[] bytes) {
    return new Cid(new CidBytes(1, JSON_CODEC, BLAKE3, blake3Now(bytes)).toText());
  }

  /** The CID of a JSON value (AquaVM's {@code value_to_json_cid} of a {@code serde_json::Value}). */
  public static Cid ofValue(JsonNode value) {
    return ofJsonText(SerdeJson.compact(value));
  }

  /** The CID of a tetraplet (field order peer_pk, service_id, function_name, lens). */
  public static Cid ofTetraplet(SecurityTetraplet tetraplet) {
    return ofJsonText(CidRecords.tetraplet(tetraplet));
  }

  /** The CID of a service-result aggregate (value_cid, argument_hash, tetraplet_cid). */
  public static Cid ofServiceResult(Cid valueCid, String argumentHash, Cid tetrapletCid) {
    return ofJsonText(CidRecords.serviceResult(valueCid, argumentHash, tetrapletCid));
  }

  /** The CID of a canon element aggregate (value, tetraplet, provenance). */
  public static Cid ofCanonElement(Cid value, Cid tetraplet, Provenance provenance) {
    return ofJsonText(CidRecords.canonElement(value, tetraplet, provenance));
  }

  /** The CID of a canon result aggregate (tetraplet, values). */
  public static Cid ofCanonResult(Cid tetraplet, List<Cid> values) {
    return ofJsonText(CidRecords.canonResult(tetraplet, values));
  }

  /**
   * Checks that {@code cid} names {@code bytes}: codec must be json, hash blake3-256 or sha2-256,
   * and the carried digest must equal the hash (a truncated digest is a {@link CidCheck.Mismatch}).
   */
  public static CidCheck verify(Cid cid, byte[] bytes) {
    Optional<CidBytes> parsed = CidBytes.parse(cid.text());
    if (parsed.isEmpty()) {
      return new CidCheck.Malformed("not a CID: " + cid.text());
    }
    CidBytes c = parsed.get();
    if (c.codec() != JSON_CODEC) {
      return new CidCheck.UnsupportedCodec(c.codec());
    }
    byte[] expected;
    if (c.hashFunction() == BLAKE3) {
      expected = blake3(bytes);
    } else if (c.hashFunction() == SHA2_256) {
      expected = sha256(bytes);
    } else {
      return new CidCheck.UnsupportedHash(c.hashFunction());
    }
    return Arrays.equals(expected, c.digest()) ? new CidCheck.Match() : new CidCheck.Mismatch();
  }

  /** {@link #verify(Cid, byte[])} of the UTF-8 bytes of a JSON text. */
  public static CidCheck verifyJsonText(Cid cid, String compactJsonText) {
    return verify(cid, compactJsonText.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Remembered blake3 hashes of inputs up to {@link #MEMO_LIMIT} (a pure function; a model checker hashes the same
   * values, tetraplets and aggregates on every invocation).
   */
  private static final dev.airproof.interpreter.data.memo.ContentMemo<byte[]> BLAKE3_MEMO =
      new dev.airproof.interpreter.data.memo.ContentMemo<>(16_384, 16L << 20);

  /** The 32-byte blake3 hash. */
  public static byte[] blake3(byte[] bytes) {
    return (bytes.length > MEMO_LIMIT ? blake3Now(bytes)
        : BLAKE3_MEMO.apply(bytes, Cids::blake3Now)).clone();
  }

  private static byte[] blake3Now(byte[] bytes) {
    Blake3Digest digest = new Blake3Digest(256);
    digest.update(bytes, 0, bytes.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  /** The 32-byte sha2-256 hash. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The CID text of a digest built with the given hash code (for tests and tools). */
  public static Cid fromDigest(long codec, long hashCode, byte[] digest) {
    return new Cid(new CidBytes(1, codec, hashCode, digest).toText());
  }
}
