package dev.airproof.interpreter.data.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.engines.ChaChaEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * Stateless; the identities of AquaVM's own Rust tests ({@code test-utils/src/key_utils.rs},
 * {@code derive_dummy_keypair}): a ChaCha8 generator keyed with SHA-256(name) (stream 0, counter 0)
 * supplies the first 32 keystream bytes as the Ed25519 seed. These differ from {@link
 * PeerIdentity#fromAlias}; use them only to reproduce vectors from AquaVM's test suite.
 */
public final class AquaTestKeys {
  private AquaTestKeys() {}

  /** The identity AquaVM's tests call {@code at(name)}. */
  public static PeerIdentity derive(String name) {
    try {
      byte[] key = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      ChaChaEngine chacha = new ChaChaEngine(8);
      chacha.init(true, new ParametersWithIV(new KeyParameter(key), new byte[8]));
      byte[] seed = new byte[32];
      chacha.processBytes(new byte[32], 0, 32, seed, 0);
      return PeerIdentity.fromSeed(seed);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
