package dev.airproof.properties.tlc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable; one state of a TLC counterexample (message 2217): its 1-based index, the action that
 * produced it as TLC names it ({@code Initial predicate} or {@code Deliver line 3, col 1 to ...}),
 * and the TLA+ text of each variable's value, in TLC's order.
 *
 * <p>Invariant: {@code index >= 1}; values are trimmed, multi-line values keep their line breaks.
 */
public record TraceState(int index, String action, Map<String, String> variables) {

  private static final Pattern HEADER = Pattern.compile("^(\\d+): <(.*)>$");
  private static final Pattern VARIABLE = Pattern.compile("^(?:/\\\\ )?([A-Za-z_][A-Za-z0-9_]*) = (.*)$");

  public TraceState {
    Objects.requireNonNull(action, "action");
    variables = Map.copyOf(variables);
    if (index < 1) {
      throw new IllegalArgumentException("index " + index);
    }
  }

  /**
   * Reads a 2217 message body.
   *
   * @throws IllegalArgumentException if the body is not a trace state
   */
  public static TraceState parse(String body) {
    String[] lines = body.split("\\R");
    Matcher header = HEADER.matcher(lines[0]);
    if (!header.matches()) {
      throw new IllegalArgumentException("not a trace state header: " + lines[0]);
    }
    Map<String, String> variables = new LinkedHashMap<>();
    String name = null;
    StringBuilder value = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      Matcher variable = VARIABLE.matcher(lines[i]);
      if (variable.matches() && !Character.isWhitespace(lines[i].charAt(0))) {
        if (name != null) {
          variables.put(name, value.toString().strip());
        }
        name = variable.group(1);
        value.setLength(0);
        value.append(variable.group(2));
      } else if (name != null) {
        value.append('\n').append(lines[i]);
      }
    }
    if (name != null) {
      variables.put(name, value.toString().strip());
    }
    return new TraceState(Integer.parseInt(header.group(1)), header.group(2), variables);
  }
}
