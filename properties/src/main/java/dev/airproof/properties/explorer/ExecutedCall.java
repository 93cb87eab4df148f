package dev.airproof.properties.explorer;

import dev.airproof.interpreter.semantics.CallSite;
import java.util.Comparator;
import java.util.Objects;

/**
 * Immutable; a service call the environment answered: which instance, on which peer, with which
 * arguments, and which of the allowed answers it gave.
 *
 * @param site the call instance
 * @param peer index of the peer that ran it
 * @param service the service id
 * @param function the function name
 * @param argsJson compact JSON of the arguments
 * @param retCode the answer's ret code
 * @param result the answer's result text
 * @param alternative index of the answer among the allowed ones
 * @param alternatives how many answers were allowed (more than one makes it an environment choice)
 */
public record ExecutedCall(
    CallSite site, int peer, String service, String function, String argsJson, int retCode,
    String result, int alternative, int alternatives) implements Comparable<ExecutedCall> {
  private static final Comparator<ExecutedCall> ORDER = Comparator
      .comparingInt((ExecutedCall e) -> e.site().span().offset())
      .thenComparing(e -> e.site().iteration().toString())
      .thenComparingInt(ExecutedCall::peer).thenComparing(ExecutedCall::service)
      .thenComparing(ExecutedCall::function).thenComparing(ExecutedCall::argsJson)
      .thenComparingInt(ExecutedCall::retCode).thenComparing(ExecutedCall::result)
      .thenComparingInt(ExecutedCall::alternative);

  public ExecutedCall {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(argsJson, "argsJson");
    Objects.requireNonNull(result, "result");
  }

  @Override
  public int compareTo(ExecutedCall o) {
    return ORDER.compare(this, o);
  }
}
