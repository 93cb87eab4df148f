package dev.airproof.interpreter.data.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Immutable; an Ed25519 peer identity: the 32-byte seed (what AquaVM receives as
 * {@code secret_key_bytes}) and its raw public key.
 *
 * @param seed the 32-byte Ed25519 secret seed
 * @param publicKey the 32-byte raw public key of the seed
 */
public record PeerIdentity(byte[] seed, byte[] publicKey) {
  public PeerIdentity {
    if (seed.length != 32 || publicKey.length != 32) {
      throw new IllegalArgumentException("Ed25519 seed and public key have 32 bytes");
    }
    seed = seed.clone();
    publicKey = publicKey.clone();
  }

  /** The identity of a 32-byte seed. */
  public static PeerIdentity fromSeed(byte[] seed) {
    return new PeerIdentity(seed, Ed25519.publicKey(seed));
  }

  /** The identity of a named peer: seed = SHA-256 of the UTF-8 alias. */
  public static PeerIdentity fromAlias(String alias) {
    try {
      byte[] seed = MessageDigest.getInstance("SHA-256").digest(alias.getBytes(StandardCharsets.UTF_8));
      return fromSeed(seed);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public byte[] seed() {
    return seed.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** The libp2p peer id ({@code 12D3KooW...}). */
  public String peerId() {
    return PeerIds.of(publicKey);
  }

  /** AquaVM's signature-store key: base58({@code 00 ‖ public key}). */
  public String signatureStoreKey() {
    return PeerIds.signatureStoreKey(publicKey);
  }

  /** The raw 64-byte Ed25519 signature of {@code message}. */
  public byte[] signRaw(byte[] message) {
    return Ed25519.sign(seed, message);
  }

  /** True when {@code signature} is a valid raw 64-byte signature of {@code message} by this key. */
  public boolean verifyRaw(byte[] message, byte[] signature) {
    return Ed25519.verify(publicKey, message, signature);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerIdentity p && Arrays.equals(seed, p.seed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(seed);
  }

  @Override
  public String toString() {
    return "PeerIdentity[" + peerId() + ", pk=" + HexFormat.of().formatHex(publicKey) + "]";
  }
}
