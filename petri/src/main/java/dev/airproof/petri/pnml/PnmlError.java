package dev.airproof.petri.pnml;

import java.util.Objects;

/**
 * Immutable; one problem in a PNML document.
 *
 * @param line 1-based line as reported by the StAX parser (-1 if unknown)
 * @param column 1-based column as reported by the StAX parser (-1 if unknown)
 * @param code stable kind of problem
 * @param message one-line explanation
 */
public record PnmlError(int line, int column, Code code, String message) {
  public PnmlError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** Kinds of PNML problems. */
  public enum Code {
    /** The document is not well-formed XML. */
    MALFORMED_XML,
    /** The root is not {@code <pnml>} or contains no net. */
    NOT_PNML,
    /** The net type is not the P/T net type. */
    UNSUPPORTED_NET_TYPE,
    /** A required attribute is missing. */
    MISSING_ATTRIBUTE,
    /** An element not allowed at this point by the P/T net grammar. */
    UNEXPECTED_ELEMENT,
    /** A net without a page. */
    NO_PAGE,
    /** An initial marking, inscription or coordinate is not a valid number of its kind. */
    INVALID_NUMBER,
    /** An id is used twice in the document. */
    DUPLICATE_ID,
    /** A reference node or marking entry refers to nothing suitable. */
    UNRESOLVED_REFERENCE,
    /** Reference nodes refer to each other in a cycle. */
    REFERENCE_CYCLE,
    /** The net read is structurally invalid (e.g. an arc joins two places). */
    INVALID_NET
  }

  /** {@code line:column: message}. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + code + ": " + message;
  }
}
