package dev.airproof.cli;

/** The documented exit codes of every airproof command (README.md, "Exit codes"). */
public final class ExitCodes {
  private ExitCodes() {}

  /** Everything asked for holds. */
  public static final int OK = 0;
  /** A property is violated or a check failed (e.g. {@code fmt --check} found unformatted files). */
  public static final int VIOLATED = 1;
  /** User error: bad arguments, unreadable file, syntax error. */
  public static final int USER_ERROR = 2;
  /** Internal error: a bug in airproof; please report it. */
  public static final int INTERNAL_ERROR = 3;
  /** {@code run --replay}: the counterexample does not replay or no longer shows the violation. */
  public static final int NOT_REPRODUCED = 4;
}
