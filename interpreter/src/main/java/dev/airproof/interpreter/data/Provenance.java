package dev.airproof.interpreter.data;

import java.util.Objects;

/** Immutable; where a canon element came from, AquaVM's {@code Provenance} ({@code {"type": ...}}). */
public sealed interface Provenance
    permits Provenance.Literal, Provenance.ServiceResult, Provenance.Canon {

  /** The literal provenance (shared instance). */
  Provenance LITERAL = new Literal();

  /** {@code {"type":"literal"}}. */
  record Literal() implements Provenance {}

  /** {@code {"type":"service_result","cid":...}}. */
  record ServiceResult(String cid) implements Provenance {
    public ServiceResult {
      Objects.requireNonNull(cid, "cid");
    }
  }

  /** {@code {"type":"canon","cid":...}}. */
  record Canon(String cid) implements Provenance {
    public Canon {
      Objects.requireNonNull(cid, "cid");
    }
  }
}
