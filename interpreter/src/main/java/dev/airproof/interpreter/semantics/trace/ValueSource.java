package dev.airproof.interpreter.semantics.trace;

/** Which generation space a value replayed from data belongs to, AquaVM's {@code ValueSource}. */
public enum ValueSource {
  /** From prev data, or from both (prev wins). */
  PREVIOUS_DATA,
  /** Only from current data. */
  CURRENT_DATA
}
