package dev.airproof.interpreter.data;

import java.util.Objects;

/** Immutable; {@code {"canon": ...}}: a canonicalisation, AquaVM's {@code CanonResult}. */
public sealed interface CanonResult extends ExecutedState
    permits CanonResult.Executed, CanonResult.RequestSentBy {

  /** {@code {"executed": cid}}: CID of a canon-result aggregate. */
  record Executed(String cid) implements CanonResult {
    public Executed {
      Objects.requireNonNull(cid, "cid");
    }
  }

  /** {@code {"sent_by": peer}}: the canon was forwarded to its peer by {@code peerId}. */
  record RequestSentBy(String peerId) implements CanonResult {
    public RequestSentBy {
      Objects.requireNonNull(peerId, "peerId");
    }
  }
}
