package dev.airproof.properties.report;

import dev.airproof.properties.catalogue.PropertyResult;

/** The {@code report.md} of {@code verify --report DIR}: a proof report for people. */
public final class ReportMarkdown {
  private ReportMarkdown() {}

  /** The Markdown text. */
  public static String render(VerifyReport r, String scriptText) {
    StringBuilder sb = new StringBuilder();
    sb.append("# airproof report: ").append(r.file()).append("\n\n");
    sb.append("airproof ").append(Versions.airproof())
        .append(", AIR semantics of AquaVM 0.62.0, back end: explicit-state explorer.\n\n");
    sb.append("## Verdicts\n\n| property | verdict | states | ms | detail |\n|---|---|---|---|---|\n");
    for (PropertyResult p : r.results()) {
      sb.append("| ").append(p.property().id()).append(" | **").append(p.verdict().word())
          .append("** | ").append(p.states()).append(" | ").append(p.millis()).append(" | ")
          .append(p.detail().replace("|", "\\|")).append(" |\n");
    }
    sb.append("\n## Environment\n\n").append(r.environment()).append("\n\n")
        .append("Peers: ").append(String.join(", ", r.peers())).append(" (init peer: ")
        .append(r.initPeer()).append(").\n\n");
    sb.append("Exploration: ").append(r.states()).append(" distinct states, ").append(r.transitions())
        .append(" transitions, ").append(r.quiescent()).append(" quiescent states, ")
        .append(r.bound().isEmpty() ? "complete" : "stopped early: " + r.bound()).append(".\n\n");
    for (PropertyResult p : r.results()) {
      p.counterexample().ifPresent(ce -> {
        sb.append("## Counterexample: ").append(p.property().id()).append("\n\n")
            .append(ce.explanation()).append("\n\n```\n")
            .append(SequenceChart.render(ce.steps(), r.peers())).append("```\n\n");
      });
    }
    sb.append("## Script\n\n```\n").append(scriptText.strip()).append("\n```\n");
    return sb.toString();
  }
}
