package dev.airproof.properties.conformance;

import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; the comparison of one {@link Facet} of the Java report with AquaVM's.
 *
 * @param facet the facet compared
 * @param difference the first difference, empty when both sides agree
 */
public record FacetComparison(Facet facet, Optional<Difference> difference) {
  public FacetComparison {
    Objects.requireNonNull(facet, "facet");
    Objects.requireNonNull(difference, "difference");
  }

  /** Whether both sides agree on this facet. */
  public boolean agrees() {
    return difference.isEmpty();
  }

  /**
   * Immutable; the first place where the two sides differ.
   *
   * @param where a position such as {@code step 3} or {@code peer worker}
   * @param java the Java side's value there (compact JSON or text; {@code <none>} when absent)
   * @param aquavm AquaVM's value there
   * @param kind a short stable classification of the difference (used by {@link Fingerprint})
   */
  public record Difference(String where, String java, String aquavm, String kind) {
    public Difference {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(java, "java");
      Objects.requireNonNull(aquavm, "aquavm");
      Objects.requireNonNull(kind, "kind");
    }
  }
}
