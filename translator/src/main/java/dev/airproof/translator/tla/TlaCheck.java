package dev.airproof.translator.tla;

/** The checks of {@code spec/AIRProperties.tla} a configuration can name, and how TLC checks them. */
public enum TlaCheck {
  TYPE_OK("TypeOK", false),
  AT_MOST_ONCE("AtMostOnce", false),
  NO_UNCAUGHT_ERROR("NoUncaughtError", false),
  NO_STUCK_JOIN("NoStuckJoin", false),
  QUIESCENT_COMPLETED("QuiescentCompleted", false),
  CONVERGENCE("Convergence", false),
  CONVERGENCE_UNORDERED("ConvergenceUnordered", false),
  NEVER_COMPLETES("NeverCompletes", false),
  TERMINATION("Termination", true),
  COMPLETION("Completion", true);

  private final String tlaName;
  private final boolean temporal;

  TlaCheck(String tlaName, boolean temporal) {
    this.tlaName = tlaName;
    this.temporal = temporal;
  }

  /** The operator name in AIRProperties.tla. */
  public String tlaName() {
    return tlaName;
  }

  /** True for a temporal property ({@code PROPERTIES}), false for an invariant ({@code INVARIANTS}). */
  public boolean temporal() {
    return temporal;
  }
}
