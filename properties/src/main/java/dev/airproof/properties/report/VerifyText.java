package dev.airproof.properties.report;

import dev.airproof.properties.catalogue.PropertyResult;

/**
 * The terminal form of a {@link VerifyReport}: one line per property (verdict, states, time, detail),
 * then each counterexample as a sequence chart.
 */
public final class VerifyText {
  private VerifyText() {}

  /** The full text. */
  public static String render(VerifyReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.file()).append(": ").append(r.states()).append(" states, ").append(r.transitions())
        .append(" transitions, ").append(r.quiescent()).append(" quiescent, ")
        .append(r.millis()).append(" ms").append(r.bound().isEmpty() ? "" : " (" + r.bound() + ")")
        .append('\n');
    sb.append("environment: ").append(r.environment()).append('\n');
    int width = r.results().stream().mapToInt(p -> p.property().id().length()).max().orElse(10);
    for (PropertyResult p : r.results()) {
      sb.append(String.format("  %-" + width + "s  %-8s  %-8s  %s%n", p.property().id(),
          p.verdict().word(), p.backend(), p.detail()));
    }
    for (PropertyResult p : r.results()) {
      p.counterexample().ifPresent(ce -> {
        sb.append('\n').append("counterexample for ").append(p.property().id()).append(" from ")
            .append(p.backend()).append(" (")
            .append(ce.steps().size()).append(" steps): ").append(ce.explanation()).append('\n');
        sb.append(SequenceChart.render(ce.steps(), r.peers()));
        ce.loopStart().ifPresent(l -> sb.append("      (steps ").append(l + 1)
            .append(" onwards repeat forever)\n"));
        ce.other().ifPresent(other -> sb.append("the other run:\n")
            .append(SequenceChart.render(other, r.peers())));
      });
    }
    return sb.toString();
  }
}
