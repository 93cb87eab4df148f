package dev.airproof.interpreter.data.cid;

import java.util.Objects;

/**
 * Immutable; where a canon element came from, AquaVM's {@code Provenance}
 * ({@code interpreter-data/src/executed_state.rs}); serialised internally tagged as
 * {@code {"type":"literal"}}, {@code {"type":"service_result","cid":...}},
 * {@code {"type":"canon","cid":...}}.
 */
public sealed interface Provenance {
  /** A literal (no producing call). */
  record Literal() implements Provenance {}

  /** The value came from the call whose service-result aggregate has this CID. */
  record ServiceResult(Cid cid) implements Provenance {
    public ServiceResult {
      Objects.requireNonNull(cid, "cid");
    }
  }

  /** The value came from the canon stream whose canon-result aggregate has this CID. */
  record Canon(Cid cid) implements Provenance {
    public Canon {
      Objects.requireNonNull(cid, "cid");
    }
  }
}
