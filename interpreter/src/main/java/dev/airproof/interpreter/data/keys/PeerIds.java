package dev.airproof.interpreter.data.keys;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Stateless; libp2p peer ids of Ed25519 keys: base58btc of the identity multihash
 * {@code 00 24 ‖ 08 01 12 20 ‖ public key} (protobuf PublicKey{type Ed25519, data}).
 */
public final class PeerIds {
  private static final byte[] PREFIX = HexFormat.of().parseHex("002408011220");

  private PeerIds() {}

  /** The peer id ({@code 12D3KooW...}) of a raw 32-byte Ed25519 public key. */
  public static String of(byte[] publicKey) {
    if (publicKey.length != 32) {
      throw new IllegalArgumentException("Ed25519 public keys have 32 bytes, got " + publicKey.length);
    }
    return Base58.encode(Ed25519.concat(PREFIX, publicKey));
  }

  /** The raw Ed25519 public key inside a peer id; empty when it is not an inline Ed25519 id. */
  public static Optional<byte[]> publicKeyOf(String peerId) {
    return Base58.decode(peerId)
        .filter(b -> b.length == PREFIX.length + 32)
        .filter(b -> Arrays.equals(Arrays.copyOf(b, PREFIX.length), PREFIX))
        .map(b -> Arrays.copyOfRange(b, PREFIX.length, b.length));
  }

  /** AquaVM's signature-store key of a raw Ed25519 key: base58({@code 00 ‖ public key}). */
  public static String signatureStoreKey(byte[] publicKey) {
    return Base58.encode(Ed25519.concat(new byte[] {0}, publicKey));
  }

  /** The raw Ed25519 public key of a signature-store key; empty unless {@code 00 ‖ 32 bytes}. */
  public static Optional<byte[]> publicKeyOfStoreKey(String storeKey) {
    return Base58.decode(storeKey)
        .filter(b -> b.length == 33 && b[0] == 0)
        .map(b -> Arrays.copyOfRange(b, 1, 33));
  }
}
