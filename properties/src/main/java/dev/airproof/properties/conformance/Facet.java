package dev.airproof.properties.conformance;

/**
 * One aspect of a run report on which the Java interpreter and AquaVM are compared. Declared in the
 * order {@link Differential} reports them; the first disagreeing facet in this order names a
 * disagreement's {@link Fingerprint}.
 */
public enum Facet {
  /** Per step: the peer and the invocation's ret code. */
  RET_CODES("ret codes"),
  /** Per step: the error message, parse errors by their final phrases only. */
  ERROR_MESSAGES("error messages"),
  /** Per step: peer, trigger, ret code, next peers as a set, call requests. */
  STEPS("steps"),
  /** Every executed call: peer, service, function, args, ret code, result. */
  EXECUTED_CALLS("executed calls"),
  /** Every peer's final compact trace. */
  FINAL_TRACES("final traces"),
  /** Stop reason, number of invocations and undelivered peer ids. */
  RUN("run");

  private final String label;

  Facet(String label) {
    this.label = label;
  }

  /** The human-readable name used in tables. */
  public String label() {
    return label;
  }
}
