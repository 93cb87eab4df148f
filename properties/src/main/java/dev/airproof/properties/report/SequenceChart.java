package dev.airproof.properties.report;

import dev.airproof.properties.explorer.Step;
import java.util.List;

/**
 * Renders a run as a per-peer sequence chart for the terminal: one column per peer, one row per step;
 * a delivery is an arrow from the sender's column to the receiver's, an answer a mark on the peer's
 * column, a fault an {@code x}. Plain ASCII, so it survives logs and e-mail.
 *
 * <pre>
 *   #  init        provider_1  provider_2
 *   1  *                                     deliver (initial) -> init: ret 0, next [provider_1, provider_2]
 *   2  o---------&gt;*                          deliver init -> provider_1: ret 0, requests [1: price.get([])]
 * </pre>
 */
public final class SequenceChart {
  private SequenceChart() {}

  /** The chart of {@code steps} over the columns {@code peers} (aliases in report order). */
  public static String render(List<Step> steps, List<String> peers) {
    int width = 4;
    for (String p : peers) {
      width = Math.max(width, p.length() + 2);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%4s  ", "#"));
    for (String p : peers) {
      sb.append(pad(p, width));
    }
    sb.append('\n');
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      sb.append(String.format("%4d  ", i + 1)).append(row(s, peers, width)).append("  ")
          .append(s.summary()).append('\n');
    }
    return sb.toString();
  }

  private static String row(Step s, List<String> peers, int width) {
    char[] line = new char[peers.size() * width];
    java.util.Arrays.fill(line, ' ');
    int to = peers.indexOf(s.peer());
    int from = s.from().isEmpty() ? -1 : peers.indexOf(s.from());
    if (to < 0) {
      return new String(line);
    }
    int toCol = to * width;
    switch (s.kind()) {
      case "deliver" -> {
        if (from >= 0 && from != to) {
          int a = Math.min(from, to) * width;
          int b = Math.max(from, to) * width;
          for (int c = a; c <= b; c++) {
            line[c] = '-';
          }
          line[from * width] = 'o';
          line[toCol - (from < to ? 1 : -1)] = from < to ? '>' : '<';
        }
        line[toCol] = '*';
      }
      case "answer" -> line[toCol] = '#';
      default -> line[toCol] = 'x';
    }
    return new String(line);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
