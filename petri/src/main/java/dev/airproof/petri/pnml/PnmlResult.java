package dev.airproof.petri.pnml;

import dev.airproof.petri.model.PetriNet;
import java.util.List;

/** Immutable; the outcome of reading a PNML document. */
public sealed interface PnmlResult {

  /** The document's nets in document order; invariant: non-empty. */
  record Read(List<PetriNet> nets) implements PnmlResult {
    public Read {
      nets = List.copyOf(nets);
      if (nets.isEmpty()) {
        throw new IllegalArgumentException("a PNML document has at least one net");
      }
    }
  }

  /** Every problem found; invariant: non-empty. */
  record Failed(List<PnmlError> errors) implements PnmlResult {
    public Failed {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("Failed needs an error");
      }
    }
  }
}
