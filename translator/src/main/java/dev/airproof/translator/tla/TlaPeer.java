package dev.airproof.translator.tla;

import java.util.Objects;

/**
 * Immutable; one peer of a generated model: the alias used in the module and the peer id the
 * script's strings may hold (renamed to the alias).
 */
public record TlaPeer(String alias, String peerId) {
  public TlaPeer {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(peerId, "peerId");
  }
}
