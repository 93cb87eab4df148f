package dev.airproof.interpreter.data.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import dev.airproof.interpreter.data.memo.ContentMemo;

/**
 * Stateless; RFC 8032 Ed25519 on raw 32-byte seeds and public keys, through Bouncy Castle's
 * constant-time implementation ({@code org.bouncycastle.math.ec.rfc8032.Ed25519}), which is several
 * times faster than the JDK provider; both are checked against the same vectors in the tests.
 */
final class Ed25519 {
  /**
   * Memo of {@link #publicKey}: a pure function of the seed, asked for on every invocation (the
   * interpreter signs with the current peer's key), whose scalar multiplication dominated an
   * invocation's cost.
   */
  private static final ContentMemo<byte[]> PUBLIC_KEYS = new ContentMemo<>(1024, 64L * 1024);

  /** Memo of {@link #sign}: signatures are deterministic (RFC 8032), so the memo changes nothing. */
  private static final ContentMemo<byte[]> SIGNATURES = new ContentMemo<>(1 << 14, 1L << 20);

  /** Memo of {@link #verify}: a pure predicate of public key, message and signature. */
  private static final ContentMemo<Boolean> VERIFICATIONS = new ContentMemo<>(1 << 16, 4L << 20);

  private Ed25519() {}

  /** The raw public key of a 32-byte seed. */
  static byte[] publicKey(byte[] seed) {
    return PUBLIC_KEYS.apply(seed, Ed25519::publicKeyNow).clone();
  }

  private static byte[] publicKeyNow(byte[] seed) {
    byte[] pk = new byte[org.bouncycastle.math.ec.rfc8032.Ed25519.PUBLIC_KEY_SIZE];
    org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pk, 0);
    return pk;
  }

  /** The 64-byte signature of {@code message} under {@code seed}. */
  static byte[] sign(byte[] seed, byte[] message) {
    return SIGNATURES.apply(ContentMemo.digestOf(seed, message), k -> signNow(seed, message)).clone();
  }

  private static byte[] signNow(byte[] seed, byte[] message) {
    byte[] sig = new byte[org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE];
    org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, message, 0, message.length, sig, 0);
    return sig;
  }

  /** True when {@code signature} (64 bytes) is valid for {@code message} under {@code publicKey}. */
  static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != 32 || signature.length != 64) {
      return false;
    }
    return VERIFICATIONS.apply(ContentMemo.digestOf(publicKey, message, signature),
        k -> verifyNow(publicKey, message, signature));
  }

  private static boolean verifyNow(byte[] publicKey, byte[] message, byte[] signature) {
    try {
      return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, publicKey, 0, message, 0,
          message.length);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
