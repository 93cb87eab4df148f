package dev.airproof.interpreter.data;

import java.util.Objects;

/** Immutable; {@code {"call": ...}}: what happened to a call, AquaVM's {@code CallResult}. */
public sealed interface CallResult extends ExecutedState
    permits CallResult.Executed, CallResult.Failed, CallResult.RequestSentBy {

  /** {@code {"executed": ValueRef}}: the service answered successfully. */
  record Executed(ValueRef value) implements CallResult {
    public Executed {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code {"failed": cid}}: the service answered with an error; CID of a service-result aggregate. */
  record Failed(String cid) implements CallResult {
    public Failed {
      Objects.requireNonNull(cid, "cid");
    }
  }

  /** {@code {"sent_by": Sender}}: the call was forwarded or requested and has no answer yet. */
  record RequestSentBy(Sender sender) implements CallResult {
    public RequestSentBy {
      Objects.requireNonNull(sender, "sender");
    }
  }
}
