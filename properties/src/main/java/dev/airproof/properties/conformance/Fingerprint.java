package dev.airproof.properties.conformance;

import java.util.Objects;

/**
 * Immutable; a coarse, deterministic name for the cause of a disagreement: the first disagreeing
 * {@link Facet} (in declaration order) and the kind of its first difference (for ret codes the
 * pair of codes, for steps and calls the first differing field, for traces the kind of the first
 * differing trace line, for messages AquaVM's message with quoted parts and numbers blanked).
 * Disagreements with the fingerprint of a known open regression are "known"; any other fingerprint
 * is new. See {@code docs/conformance.md}.
 *
 * @param facet the first disagreeing facet
 * @param kind the kind of its first difference
 */
public record Fingerprint(Facet facet, String kind) {
  public Fingerprint {
    Objects.requireNonNull(facet, "facet");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return facet.name() + ": " + kind;
  }
}
