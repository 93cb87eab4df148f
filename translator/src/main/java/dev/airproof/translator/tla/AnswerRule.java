package dev.airproof.translator.tla;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; one arm of the generated {@code Answers} CASE: the requests it matches (an empty part
 * matches anything) and the outcomes it allows. Arms are tried in order, as AIR's host tables are.
 *
 * @param peer the alias of the peer that runs the call
 * @param service the service id
 * @param function the function name
 * @param outcomes the allowed outcomes, never empty
 * @param origin where the rule comes from, for the comment ({@code "call at 4:4"}, {@code "scenario
 *     services.*.price/get"})
 */
public record AnswerRule(
    Optional<String> peer, Optional<String> service, Optional<String> function,
    List<TlaOutcome> outcomes, String origin) {
  public AnswerRule {
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(function, "function");
    outcomes = List.copyOf(outcomes);
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("an answer rule needs at least one outcome");
    }
    Objects.requireNonNull(origin, "origin");
  }
}
