package dev.airproof.properties.conformance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable; facet-level agreement counts over many compared scenarios.
 *
 * @param compared scenarios compared
 * @param agreeing scenarios agreeing on every facet
 * @param unusable scenarios that could not be compared (invalid, rejected by the driver)
 * @param agreeingPerFacet per facet, the scenarios agreeing on it
 */
public record ConformanceSummary(int compared, int agreeing, int unusable, Map<Facet, Integer> agreeingPerFacet) {
  public ConformanceSummary {
    Objects.requireNonNull(agreeingPerFacet, "agreeingPerFacet");
    agreeingPerFacet = Map.copyOf(agreeingPerFacet);
  }

  /** The summary of a list of outcomes. */
  public static ConformanceSummary of(List<Differential.Outcome> outcomes) {
    EnumMap<Facet, Integer> perFacet = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      perFacet.put(f, 0);
    }
    int compared = 0;
    int agreeing = 0;
    int unusable = 0;
    for (Differential.Outcome o : outcomes) {
      switch (o) {
        case Differential.Outcome.Unusable u -> unusable++;
        case Differential.Outcome.Compared c -> {
          compared++;
          agreeing += c.verdict().agrees() ? 1 : 0;
          c.verdict().facets().stream().filter(FacetComparison::agrees).forEach(f -> perFacet.merge(f.facet(), 1, Integer::sum));
        }
      }
    }
    return new ConformanceSummary(compared, agreeing, unusable, perFacet);
  }

  /** The summary table, one line per facet, then {@code conformance: N/M scenarios agree}. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-16s %10s %10s %8s%n", "facet", "agree", "disagree", "rate"));
    for (Facet f : Facet.values()) {
      int agree = agreeingPerFacet.getOrDefault(f, 0);
      out.append(String.format("%-16s %10d %10d %7.2f%%%n", f.label(), agree, compared - agree, percent(agree)));
    }
    if (unusable > 0) {
      out.append("unusable scenarios (not compared): ").append(unusable).append('\n');
    }
    out.append("conformance: ").append(agreeing).append('/').append(compared).append(" scenarios agree\n");
    return out.toString();
  }

  private double percent(int n) {
    return compared == 0 ? 100.0 : 100.0 * n / compared;
  }
}
