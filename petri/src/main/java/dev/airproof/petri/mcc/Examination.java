package dev.airproof.petri.mcc;

/** Immutable; the MCC examinations that have property files ({@link #fileName()} is the file). */
public enum Examination {
  /** EF deadlock. */
  REACHABILITY_DEADLOCK("ReachabilityDeadlock"),
  /** EF/AG over token counts. */
  REACHABILITY_CARDINALITY("ReachabilityCardinality"),
  /** EF/AG over fireability. */
  REACHABILITY_FIREABILITY("ReachabilityFireability"),
  /** Maximal token sums. */
  UPPER_BOUNDS("UpperBounds"),
  /** CTL over token counts. */
  CTL_CARDINALITY("CTLCardinality"),
  /** CTL over fireability. */
  CTL_FIREABILITY("CTLFireability"),
  /** LTL over token counts. */
  LTL_CARDINALITY("LTLCardinality"),
  /** LTL over fireability. */
  LTL_FIREABILITY("LTLFireability");

  private final String mccName;

  Examination(String mccName) {
    this.mccName = mccName;
  }

  /** The examination's MCC name, e.g. {@code ReachabilityCardinality}. */
  public String mccName() {
    return mccName;
  }

  /** The property file name, e.g. {@code ReachabilityCardinality.xml}. */
  public String fileName() {
    return mccName + ".xml";
  }
}
