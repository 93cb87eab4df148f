package dev.airproof.petri.build;

import dev.airproof.petri.model.NetError;
import dev.airproof.petri.model.PetriNet;
import java.util.List;
import java.util.Objects;

/** Immutable; the outcome of {@link NetBuilder#build()}: a valid net or all validation errors. */
public sealed interface BuildResult {

  /** The declarations formed a valid net. */
  record Built(PetriNet net) implements BuildResult {
    public Built {
      Objects.requireNonNull(net, "net");
    }
  }

  /** Invariant: {@code errors} is non-empty. */
  record Invalid(List<NetError> errors) implements BuildResult {
    public Invalid {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("Invalid needs at least one error");
      }
    }
  }

  /**
   * The net, for callers (tests, fixtures) that know their declarations are valid.
   *
   * @throws IllegalStateException listing the errors otherwise
   */
  default PetriNet orElseThrow() {
    return switch (this) {
      case Built b -> b.net();
      case Invalid i -> throw new IllegalStateException("invalid net: " + i.errors());
    };
  }
}
