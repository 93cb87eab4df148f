package dev.airproof.properties.catalogue;

/** The answer about one property. */
public enum Verdict {
  /** Proved for every run within the model (the whole reachable state space was explored). */
  HOLDS("holds"),
  /** A run breaks it; a counterexample comes with it. */
  VIOLATED("violated"),
  /** Not decided: a bound was reached before a violation was found. */
  UNKNOWN("unknown");

  private final String word;

  Verdict(String word) {
    this.word = word;
  }

  /** The word used in output and JSON: holds, violated, unknown. */
  public String word() {
    return word;
  }
}
