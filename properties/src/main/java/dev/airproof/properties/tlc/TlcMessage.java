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
    Integer code = null;
    int severity = 0;
    StringBuilder body = new StringBuilder();
    for (String line : output.split("\\R", -1)) {
      Matcher start = START.matcher(line);
      Matcher end = END.matcher(line);
      if (code == null && start.matches()) {
        code = Integer.parseInt(start.group(1));
        severity = Integer.parseInt(start.group(2));
        body.setLength(0);
      } else if (code != null && end.matches()) {
        if (Integer.parseInt(end.group(1)) != code) {
          throw new IllegalArgumentException("message " + code + " closed by " + line);
        }
        messages.add(new TlcMessage(code, severity, body.toString().stripTrailing()));
        code = null;
      } else if (code != null) {
        body.append(line).append('\n');
      }
    }
    if (code != null) {
      throw new IllegalArgumentException("message " + code + " is not closed");
    }
    return List.copyOf(messages);
  }
}
