package dev.airproof.properties.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable; a TLC counterexample: the trace states in order and how the behaviour ends.
 *
 * <p>Invariant: states are numbered 1, 2, ... in order; a back-edge names one of them.
 */
public record Counterexample(List<TraceState> states, LassoEnd end) {

  private static final Pattern INDEX = Pattern.compile("^(\\d+): .*", Pattern.DOTALL);

  public Counterexample {
    states = List.copyOf(states);
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).index() != i + 1) {
        throw new IllegalArgumentException("state " + (i + 1) + " has index " + states.get(i).index());
      }
    }
    if (end instanceof LassoEnd.BackTo(int index) && index > states.size()) {
      throw new IllegalArgumentException("back-edge to missing state " + index);
    }
  }

  /**
   * The counterexample in a message list, if there is one: the trace states (2217) and lasso end
   * (2122 back-edge, 2218 stuttering) that follow a trace header (2121 safety, 2264 liveness).
   */
  public static Optional<Counterexample> of(List<TlcMessage> messages) {
    List<TraceState> states = new ArrayList<>();
    LassoEnd end = new LassoEnd.Finite();
    boolean inTrace = false;
    for (TlcMessage message : messages) {
      switch (message.code()) {
        case TlcMessage.BEHAVIOR_HEADER, TlcMessage.LIVENESS_HEADER -> inTrace = true;
        case TlcMessage.TRACE_STATE -> {
          if (inTrace) {
            states.add(TraceState.parse(message.body()));
          }
        }
        case TlcMessage.BACK_TO_STATE -> end = new LassoEnd.BackTo(leadingIndex(message.body()));
        case TlcMessage.STUTTERING -> end = new LassoEnd.Stuttering();
        default -> { }
      }
    }
    return states.isEmpty() ? Optional.empty() : Optional.of(new Counterexample(states, end));
  }

  private static int leadingIndex(String body) {
    Matcher matcher = INDEX.matcher(body.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("no state index in: " + body);
    }
    return Integer.parseInt(matcher.group(1));
  }
}
