package dev.airproof.interpreter.data;

import java.util.Objects;

/** Immutable; who recorded a pending call, AquaVM's {@code Sender}. */
public sealed interface Sender permits Sender.PeerId, Sender.PeerIdWithCallId {

  /** {@code {"PeerId": p}}: peer {@code p} forwarded the particle for this call. */
  record PeerId(String peerId) implements Sender {
    public PeerId {
      Objects.requireNonNull(peerId, "peerId");
    }
  }

  /**
   * {@code {"PeerIdWithCallId": {"peer_id": p, "call_id": n}}}: peer {@code p} asked its host to run
   * the call under id {@code n}.
   *
   * <p>Invariant: {@code callId} is a u32.
   */
  record PeerIdWithCallId(String peerId, long callId) implements Sender {
    public PeerIdWithCallId {
      Objects.requireNonNull(peerId, "peerId");
      U32.require(callId, "callId");
    }
  }
}
