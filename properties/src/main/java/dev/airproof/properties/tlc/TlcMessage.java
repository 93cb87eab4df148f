package dev.airproof.properties.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable; one message of TLC's {@code -tool} output: {@code @!@!@STARTMSG code:severity @!@!@},
 * the body lines, {@code @!@!@ENDMSG code @!@!@}.
 *
 * <p>Invariant: {@code body} has no trailing newline.
 */
public record TlcMessage(int code, int severity, String body) {

  /** Invariant violated ({@code Invariant X is violated.}). */
  public static final int INVARIANT_VIOLATED = 2110;
  /** Temporal properties violated. */
  public static final int TEMPORAL_VIOLATED = 2116;
  /** Deadlock reached. */
  public static final int DEADLOCK = 2114;
  /** "The behavior up to this point is:" (safety trace header). */
  public static final int BEHAVIOR_HEADER = 2121;
  /** "The following behavior constitutes a counter-example:" (liveness trace header). */
  public static final int LIVENESS_HEADER = 2264;
  /** One state of a trace. */
  public static final int TRACE_STATE = 2217;
  /** Lasso back-edge: {@code N: Back to state: <...>}. */
  public static final int BACK_TO_STATE = 2122;
  /** Lasso ending in stuttering: {@code N: Stuttering}. */
  public static final int STUTTERING = 2218;
  /** Model checking started. */
  public static final int STARTED = 2185;
  /** Model checking finished. */
  public static final int FINISHED = 2186;
  /** Final state counts. */
  public static final int STATE_COUNTS = 2199;
  /** Parsing or semantic analysis failed. */
  public static final int PARSE_FAILED = 3002;

  private static final Pattern START =
      Pattern.compile("^@!@!@STARTMSG (\\d+):(\\d+) @!@!@$");
  private static final Pattern START_ANYWHERE =
      Pattern.compile("@!@!@STARTMSG (\\d+):(\\d+) @!@!@$");
  private static final Pattern END = Pattern.compile("^@!@!@ENDMSG (\\d+) @!@!@$");

  public TlcMessage {
    Objects.requireNonNull(body, "body");
  }

  /**
   * Parses the tool-mode messages of a TLC output; text outside messages is ignored.
   *
   * @throws IllegalArgumentException if a message is not closed or closed with another code
   */
  public static List<TlcMessage> parseAll(String output) {
    List<TlcMessage> messages = new ArrayList<>();
    // TLC nests messages (e.g. an exception report inside a general message): open ones are
    // stacked, and a nested message's lines also belong to the enclosing message's body.
    java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<StringBuilder> bodies = new java.util.ArrayDeque<>();
    for (String line : output.split("\\R", -1)) {
      Matcher start = START_ANYWHERE.matcher(line);
      Matcher end = END.matcher(line);
      if (start.find()) {
        if (start.start() > 0 && !open.isEmpty()) {
          // TLC sometimes starts a nested message in the middle of a line of the enclosing one
          bodies.peek().append(line, 0, start.start()).append('\n');
        }
        open.push(new int[] {Integer.parseInt(start.group(1)), Integer.parseInt(start.group(2))});
        bodies.push(new StringBuilder());
      } else if (end.matches() && !open.isEmpty()) {
        int[] top = open.pop();
        String body = bodies.pop().toString().stripTrailing();
        if (Integer.parseInt(end.group(1)) != top[0]) {
          throw new IllegalArgumentException("message " + top[0] + " closed by " + line);
        }
        messages.add(new TlcMessage(top[0], top[1], body));
        if (!bodies.isEmpty()) {
          bodies.peek().append(body).append('\n');
        }
      } else if (!open.isEmpty()) {
        bodies.peek().append(line).append('\n');
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException("message " + open.peek()[0] + " is not closed");
    }
    return List.copyOf(messages);
  }
}
