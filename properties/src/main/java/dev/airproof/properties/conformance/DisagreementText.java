package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Stateless; renders a disagreement for people: the fingerprint, each disagreeing facet's first
 * difference and the first differing step of both sides (compact JSON).
 */
public final class DisagreementText {
  private static final List<Facet> STEP_FACETS = List.of(Facet.RET_CODES, Facet.ERROR_MESSAGES, Facet.STEPS);

  private DisagreementText() {}

  /** The text of a compared outcome that disagrees (empty string when it agrees). */
  public static String render(Differential.Outcome.Compared outcome) {
    Verdict v = outcome.verdict();
    if (v.agrees()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("DISAGREE ").append(outcome.name()).append("  [").append(v.fingerprint().orElseThrow()).append("]\n");
    for (FacetComparison f : v.facets()) {
      f.difference().ifPresent(d -> out.append("  ").append(f.facet().label()).append(" differ at ")
          .append(d.where()).append('\n')
          .append("    java:   ").append(clip(d.java())).append('\n')
          .append("    aquavm: ").append(clip(d.aquavm())).append('\n'));
    }
    firstDifferingStep(outcome).ifPresent(out::append);
    return out.toString();
  }

  private static java.util.Optional<String> firstDifferingStep(Differential.Outcome.Compared outcome) {
    if (!(outcome.java() instanceof JavaRun.Report report)) {
      return java.util.Optional.empty();
    }
    JsonNode js = report.report().path("steps");
    JsonNode as = outcome.aquavm().path("steps");
    int n = Math.max(js.size(), as.size());
    for (int i = 0; i < n; i++) {
      final int index = i;
      boolean differs = STEP_FACETS.stream().anyMatch(f -> {
        List<ReportFacets.Item> a = ReportFacets.items(f, outcome.aquavm());
        List<ReportFacets.Item> j = ReportFacets.items(f, report.report());
        return index >= a.size() || index >= j.size() || !ReportFacets.sameValue(a.get(index).value(), j.get(index).value());
      });
      if (differs) {
        return java.util.Optional.of("  first differing step " + (i + 1) + ":\n"
            + "    java:   " + clip(js.has(i) ? js.get(i).toString() : "<none>") + "\n"
            + "    aquavm: " + clip(as.has(i) ? as.get(i).toString() : "<none>") + "\n");
      }
    }
    return java.util.Optional.empty();
  }

  private static String clip(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 1500 ? one.substring(0, 1500) + "…" : one;
  }
}
