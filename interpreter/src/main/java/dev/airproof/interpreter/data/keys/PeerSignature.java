package dev.airproof.interpreter.data.keys;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stateless; peer signatures of interpreter data: Ed25519 over borsh({@code (sorted CIDs,
 * particle id)}), stored as base58({@code 00 ‖ 64-byte signature}) under the key
 * base58({@code 00 ‖ public key}) ({@code interpreter-signatures/src/lib.rs}, {@code
 * fluence-keypair} encodings).
 */
public final class PeerSignature {
  private PeerSignature() {}

  /** The stored signature text of {@code identity} over {@code sortedCids} salted with the particle id. */
  public static String sign(PeerIdentity identity, List<String> sortedCids, String particleId) {
    byte[] raw = identity.signRaw(Borsh.saltedStrings(sortedCids, particleId));
    return Base58.encode(Ed25519.concat(new byte[] {0}, raw));
  }

  /**
   * True when {@code signature} (stored form, base58 of {@code 00 ‖ 64 bytes}) is valid for
   * {@code sortedCids} and {@code particleId} under the raw Ed25519 {@code publicKey}.
   */
  public static boolean verify(byte[] publicKey, List<String> sortedCids, String particleId, String signature) {
    Optional<byte[]> raw = decodeSignature(signature);
    return raw.isPresent() && Ed25519.verify(publicKey, Borsh.saltedStrings(sortedCids, particleId), raw.get());
  }

  /** The raw 64-byte signature of a stored signature text; empty unless {@code 00 ‖ 64 bytes}. */
  public static Optional<byte[]> decodeSignature(String signature) {
    return Base58.decode(signature)
        .filter(b -> b.length == 65 && b[0] == 0)
        .map(b -> Arrays.copyOfRange(b, 1, 65));
  }

  /** True when raw {@code signature} over raw {@code message} is valid under {@code publicKey}. */
  public static boolean verifyRaw(byte[] publicKey, byte[] message, byte[] signature) {
    return Ed25519.verify(publicKey, message, signature);
  }
}
