package dev.airproof.interpreter.semantics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Immutable; the run parameters of one invocation, AquaVM's {@code RunParameters} field for field
 * ({@code air-interpreter-interface/src/run_parameters.rs}).
 *
 * @param initPeerId peer id of the particle's init peer ({@code %init_peer_id%})
 * @param currentPeerId peer id of the peer running this invocation
 * @param timestamp particle timestamp in ms ({@code %timestamp%})
 * @param ttl particle ttl in ms ({@code %ttl%})
 * @param keyFormat 0 = Ed25519 (the only accepted format)
 * @param secretKey the 32-byte Ed25519 seed of the current peer
 * @param particleId the particle id, salt of the signatures
 * @param airSizeLimit limit on the script size in bytes
 * @param particleSizeLimit limit on the current data size in bytes
 * @param callResultSizeLimit limit on each call result text in bytes
 * @param hardLimitEnabled true: exceeding a limit fails with ret code 10; false: only sets a flag
 */
public record RunParameters(
    String initPeerId,
    String currentPeerId,
    long timestamp,
    long ttl,
    int keyFormat,
    byte[] secretKey,
    String particleId,
    long airSizeLimit,
    long particleSizeLimit,
    long callResultSizeLimit,
    boolean hardLimitEnabled) {
  /** The limits the Fluence JS client passes: 4 GiB each, soft. */
  public static final long JS_CLIENT_LIMIT = 4L * 1024 * 1024 * 1024;

  public RunParameters {
    Objects.requireNonNull(initPeerId, "initPeerId");
    Objects.requireNonNull(currentPeerId, "currentPeerId");
    secretKey = secretKey.clone();
    Objects.requireNonNull(particleId, "particleId");
  }

  /** Parameters with the JS client's soft 4 GiB limits and an Ed25519 key. */
  public static RunParameters of(
      String initPeerId, String currentPeerId, long timestamp, long ttl, byte[] secretKey,
      String particleId) {
    return new RunParameters(initPeerId, currentPeerId, timestamp, ttl, 0, secretKey, particleId,
        JS_CLIENT_LIMIT, JS_CLIENT_LIMIT, JS_CLIENT_LIMIT, false);
  }

  @Override
  public byte[] secretKey() {
    return secretKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunParameters p
        && initPeerId.equals(p.initPeerId) && currentPeerId.equals(p.currentPeerId)
        && timestamp == p.timestamp && ttl == p.ttl && keyFormat == p.keyFormat
        && Arrays.equals(secretKey, p.secretKey) && particleId.equals(p.particleId)
        && airSizeLimit == p.airSizeLimit && particleSizeLimit == p.particleSizeLimit
        && callResultSizeLimit == p.callResultSizeLimit && hardLimitEnabled == p.hardLimitEnabled;
  }

  @Override
  public int hashCode() {
    return Objects.hash(initPeerId, currentPeerId, timestamp, ttl, particleId, Arrays.hashCode(secretKey));
  }

  @Override
  public String toString() {
    return "RunParameters[init=" + initPeerId + ", current=" + currentPeerId + ", particle=" + particleId + "]";
  }
}
