package dev.airproof.properties.explorer;

import dev.airproof.interpreter.semantics.CallSite;
import java.util.Comparator;
import java.util.Objects;

/**
 * Immutable; a call request a peer issued and the environment has not answered yet.
 *
 * @param peer index of the peer that issued it (and will receive the answer)
 * @param callId the request's id on that peer
 * @param service the service id
 * @param function the function name
 * @param argsJson compact JSON of the argument array
 * @param site the call instance it asks for
 */
public record PendingCall(
    int peer, int callId, String service, String function, String argsJson, CallSite site)
    implements Comparable<PendingCall> {
  private static final Comparator<PendingCall> ORDER = Comparator.comparingInt(PendingCall::peer)
      .thenComparingInt(PendingCall::callId).thenComparing(PendingCall::service)
      .thenComparing(PendingCall::function).thenComparing(PendingCall::argsJson);

  public PendingCall {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(argsJson, "argsJson");
    Objects.requireNonNull(site, "site");
  }

  @Override
  public int compareTo(PendingCall o) {
    return ORDER.compare(this, o);
  }
}
