package dev.airproof.petri.model;

import java.util.Objects;

/**
 * Immutable; one reason why a set of declarations does not form a valid P/T net.
 *
 * @param code stable kind of the problem (tests assert it, not the message)
 * @param subject the id the problem is about (an element id, or the place id of a marking entry)
 * @param message one-line human-readable explanation
 */
public record NetError(Code code, String subject, String message) {
  public NetError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }

  /** Kinds of net validation errors. */
  public enum Code {
    /** An element has an empty id. */
    EMPTY_ID,
    /** Two elements (places, transitions, arcs) share an id. */
    DUPLICATE_ID,
    /** An arc's source or target names no place or transition. */
    DANGLING_ARC,
    /** An arc joins two places or two transitions. */
    ARC_BETWEEN_SAME_KIND,
    /** Two arcs join the same source and target. */
    DUPLICATE_ARC,
    /** An arc weight is zero or negative. */
    NON_POSITIVE_WEIGHT,
    /** A marking gives a place a negative number of tokens. */
    NEGATIVE_TOKENS,
    /** A marking names a place the net does not have. */
    UNKNOWN_PLACE_IN_MARKING
  }
}
