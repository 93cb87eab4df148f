package dev.airproof.properties.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The properties airproof decides, with their stable ids (used by --property, JSON and reports). */
public enum PropertyId {
  /** Every run reaches quiescence (no particle in flight, no pending call) within the bounds. */
  TERMINATION("termination", true),
  /** In every quiescent state the script is complete on the init peer (or the --complete-on peer). */
  COMPLETION("completion", true),
  /** No quiescent state in which a peer holds an instruction waiting on a variable. */
  NO_STUCK_JOIN("no-stuck-join", true),
  /** No call instance (position and fold iteration) is executed twice in any run. */
  AT_MOST_ONCE("at-most-once", true),
  /** Quiescent states with the same environment choices have the same calls and init-peer results. */
  CONVERGENCE("convergence", true),
  /** As convergence, comparing JSON arrays as multisets (stream order follows arrival order). */
  CONVERGENCE_UNORDERED("convergence-unordered", true),
  /** No invocation ends with a non-zero ret code. Off by default. */
  NO_UNCAUGHT_ERROR("no-uncaught-error", false);

  private final String id;
  private final boolean byDefault;

  PropertyId(String id, boolean byDefault) {
    this.id = id;
    this.byDefault = byDefault;
  }

  /** The stable id, e.g. {@code no-stuck-join}. */
  public String id() {
    return id;
  }

  /** True iff checked when no --property is given. */
  public boolean byDefault() {
    return byDefault;
  }

  /** The property with that id. */
  public static Optional<PropertyId> fromId(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
