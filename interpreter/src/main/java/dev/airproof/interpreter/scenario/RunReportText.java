package dev.airproof.interpreter.scenario;

import dev.airproof.interpreter.data.json.JsJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Stateless; a human-readable rendering of a {@link RunReport}: a step table (step, peer, trigger,
 * ret code, next peers, call requests), the executed calls, then each peer's final compact trace.
 * Peer ids are written {@code {{alias}}} as in the JSON report. Ends with a newline.
 */
public final class RunReportText {
  private RunReportText() {}

  /** The text rendering. */
  public static String render(RunReport report) {
    PeerDirectory d = PeerDirectory.of(report.peers().stream().map(RunReport.Peer::alias).toList());
    StringBuilder out = new StringBuilder();
    out.append("scenario ").append(report.name()).append(": ").append(report.invocations())
        .append(" invocations, stopped: ").append(report.stopReason().json()).append('\n');
    out.append('\n');
    table(out, stepRows(report), List.of("step", "peer", "trigger", "ret", "next peers", "call requests"));
    appendErrors(out, report);
    out.append("\nexecuted calls:\n");
    if (report.executedCalls().isEmpty()) {
      out.append("  (none)\n");
    }
    for (RunReport.ExecutedCall c : report.executedCalls()) {
      out.append("  step ").append(c.step()).append(' ').append(c.peer()).append(" #").append(c.request().key())
          .append(' ').append(call(c.request())).append(" -> ")
          .append(c.answer().map(a -> answer(a)).orElse("unanswered")).append('\n');
    }
    if (!report.undelivered().isEmpty()) {
      out.append("\nundelivered: ").append(String.join(", ", report.undelivered())).append('\n');
    }
    for (RunReport.PeerFinal f : report.finals()) {
      out.append("\n").append(f.alias()).append(": ").append(f.invocations()).append(" invocations, lcid ")
          .append(f.lcid()).append(", ").append(f.dataSize()).append(" bytes of data\n");
      for (int i = 0; i < f.compactTrace().size(); i++) {
        out.append(String.format("  %3d  %s%n", i, f.compactTrace().get(i)));
      }
    }
    return d.toPlaceholders(out.toString());
  }

  private static List<List<String>> stepRows(RunReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (RunReport.Step s : report.steps()) {
      List<String> requests = s.callRequests().stream().map(r -> r.key() + ": " + call(r)).toList();
      rows.add(List.of(String.valueOf(s.step()), s.peer(), trigger(s.trigger()), String.valueOf(s.retCode()),
          s.nextPeers().isEmpty() ? "-" : String.join(", ", s.nextPeers()),
          requests.isEmpty() ? "-" : String.join("; ", requests)));
    }
    return rows;
  }

  private static void appendErrors(StringBuilder out, RunReport report) {
    for (RunReport.Step s : report.steps()) {
      if (!s.errorMessage().isEmpty()) {
        out.append("step ").append(s.step()).append(" error: ").append(s.errorMessage()).append('\n');
      }
    }
  }

  private static String trigger(RunReport.Trigger t) {
    return switch (t) {
      case RunReport.Trigger.Particle p -> p.fromAlias().map(a -> "particle from " + a).orElse("initial particle");
      case RunReport.Trigger.CallResults c -> "call results {" + String.join(", ",
          c.results().stream().map(a -> a.key() + ": " + answer(a)).toList()) + "}";
    };
  }

  private static String answer(RunReport.Answer a) {
    return (a.retCode() == 0 ? "ok " : "ret " + a.retCode() + " ") + a.resultText();
  }

  private static String call(RunReport.Request r) {
    return r.service() + "." + r.function() + " "
        + JsJson.compact(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().addAll(r.args()));
  }

  private static void table(StringBuilder out, List<List<String>> rows, List<String> header) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    row(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    row(out, rule, widths);
    rows.forEach(r -> row(out, r, widths));
  }

  private static void row(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(i == 0 ? "" : "  ");
      line.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + widths[i] + "s", cells.get(i)));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
