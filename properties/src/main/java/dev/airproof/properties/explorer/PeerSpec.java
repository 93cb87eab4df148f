package dev.airproof.properties.explorer;

import java.util.Arrays;
import java.util.Objects;

/**
 * Immutable; one peer of an exploration: its alias in reports, its peer id and its Ed25519 seed.
 */
public record PeerSpec(String alias, String peerId, byte[] secretKey) {
  public PeerSpec {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(peerId, "peerId");
    secretKey = secretKey.clone();
  }

  @Override
  public byte[] secretKey() {
    return secretKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerSpec p && alias.equals(p.alias) && peerId.equals(p.peerId)
        && Arrays.equals(secretKey, p.secretKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alias, peerId);
  }

  @Override
  public String toString() {
    return alias;
  }
}
