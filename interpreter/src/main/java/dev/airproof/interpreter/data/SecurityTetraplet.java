package dev.airproof.interpreter.data;

import java.util.Objects;

/**
 * Immutable; where a value came from, AquaVM's {@code SecurityTetraplet}: the peer that produced
 * it, the service and function, and the lens applied since. Field order is the serialization
 * order used for CIDs: {@code peer_pk, service_id, function_name, lens}.
 */
public record SecurityTetraplet(String peerPk, String serviceId, String functionName, String lens) {
  public SecurityTetraplet {
    Objects.requireNonNull(peerPk, "peerPk");
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(functionName, "functionName");
    Objects.requireNonNull(lens, "lens");
  }

  /** The tetraplet of a literal: {@code (initPeerId, "", "", "")}. */
  public static SecurityTetraplet literal(String initPeerId) {
    return new SecurityTetraplet(initPeerId, "", "", "");
  }
}
