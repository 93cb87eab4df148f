package dev.airproof.properties.conformance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; the facet-by-facet comparison of one scenario.
 *
 * @param name the scenario's name
 * @param facets one comparison per {@link Facet}, in declaration order
 */
public record Verdict(String name, List<FacetComparison> facets) {
  public Verdict {
    Objects.requireNonNull(name, "name");
    facets = List.copyOf(facets);
  }

  /** Whether every facet agrees. */
  public boolean agrees() {
    return facets.stream().allMatch(FacetComparison::agrees);
  }

  /** The comparison of {@code facet}. */
  public FacetComparison facet(Facet facet) {
    return facets.stream().filter(f -> f.facet() == facet).findFirst()
        .orElseThrow(() -> new IllegalStateException("facet not compared: " + facet));
  }

  /** The first disagreeing facet, in declaration order. */
  public Optional<FacetComparison> firstDisagreement() {
    return facets.stream().filter(f -> !f.agrees()).findFirst();
  }

  /** The fingerprint of the disagreement; empty when both sides agree. */
  public Optional<Fingerprint> fingerprint() {
    return firstDisagreement().map(f -> new Fingerprint(f.facet(), f.difference().orElseThrow().kind()));
  }
}
