package dev.airproof.properties.tlc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable; the outcome of one TLC run: exit status, verdict, the violated invariant (TLC names
 * invariants but not temporal properties), the counterexample, the state counts and all messages.
 *
 * <p>Invariant: a counterexample is present only for safety, liveness and deadlock failures.
 */
public record TlcResult(
    int exitCode,
    Verdict verdict,
    Optional<String> violatedInvariant,
    Optional<Counterexample> counterexample,
    OptionalLong generatedStates,
    OptionalLong distinctStates,
    List<TlcMessage> messages) {

  private static final Pattern INVARIANT = Pattern.compile("^Invariant (\\S+) is violated\\.");
  private static final Pattern COUNTS =
      Pattern.compile("^(\\d+) states generated, (\\d+) distinct states found");

  public TlcResult {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(violatedInvariant, "violatedInvariant");
    Objects.requireNonNull(counterexample, "counterexample");
    messages = List.copyOf(messages);
  }

  /** Interprets a finished run from its exit status and tool-mode output. */
  public static TlcResult of(int exitCode, String output) {
    List<TlcMessage> messages = TlcMessage.parseAll(output);
    Verdict verdict = verdictOf(exitCode, messages);
    Optional<String> invariant = messages.stream()
        .filter(m -> m.code() == TlcMessage.INVARIANT_VIOLATED)
        .map(m -> INVARIANT.matcher(m.body()))
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst();
    Optional<Counterexample> trace =
        verdict == Verdict.SUCCESS || verdict == Verdict.ERROR
            ? Optional.empty()
            : Counterexample.of(messages);
    Optional<Matcher> counts = messages.stream()
        .filter(m -> m.code() == TlcMessage.STATE_COUNTS)
        .map(m -> COUNTS.matcher(m.body()))
        .filter(Matcher::find)
        .reduce((first, second) -> second);
    return new TlcResult(exitCode, verdict, invariant, trace,
        counts.map(m -> OptionalLong.of(Long.parseLong(m.group(1)))).orElse(OptionalLong.empty()),
        counts.map(m -> OptionalLong.of(Long.parseLong(m.group(2)))).orElse(OptionalLong.empty()),
        messages);
  }

  /** The exit statuses of TLC 2.18 (0, 11, 12, 13), cross-checked with the messages. */
  private static Verdict verdictOf(int exitCode, List<TlcMessage> messages) {
    boolean invariant = has(messages, TlcMessage.INVARIANT_VIOLATED);
    boolean temporal = has(messages, TlcMessage.TEMPORAL_VIOLATED);
    boolean finished = has(messages, TlcMessage.FINISHED);
    return switch (exitCode) {
      case 0 -> finished && !invariant && !temporal ? Verdict.SUCCESS : Verdict.ERROR;
      case 11 -> Verdict.DEADLOCK_FAILURE;
      case 12 -> invariant ? Verdict.SAFETY_FAILURE : Verdict.ERROR;
      case 13 -> temporal ? Verdict.LIVENESS_FAILURE : Verdict.ERROR;
      default -> Verdict.ERROR;
    };
  }

  /** Whether SANY rejected the spec or configuration (message 3002). */
  public boolean parseFailed() {
    return has(messages, TlcMessage.PARSE_FAILED);
  }

  /** Whether TLC started model checking (message 2185). */
  public boolean started() {
    return has(messages, TlcMessage.STARTED);
  }

  private static boolean has(List<TlcMessage> messages, int code) {
    return messages.stream().anyMatch(m -> m.code() == code);
  }
}
