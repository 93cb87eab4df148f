package dev.airproof.properties.catalogue;

import dev.airproof.properties.explorer.Step;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; a shortest run that shows a violation: the steps from the initial state, an explanation,
 * and for convergence a second run with the same environment choices and a different result.
 *
 * @param steps the run, from the initial particle on
 * @param explanation what goes wrong at the end of the run, in a sentence or two
 * @param other for convergence: the second run
 * @param loopStart for termination: the index in {@code steps} where the repeated part begins
 */
public record Counterexample(
    List<Step> steps, String explanation, Optional<List<Step>> other, Optional<Integer> loopStart) {
  public Counterexample {
    steps = List.copyOf(steps);
    Objects.requireNonNull(explanation, "explanation");
    other = other.map(List::copyOf);
    Objects.requireNonNull(loopStart, "loopStart");
  }

  /** A counterexample with a single run. */
  public static Counterexample of(List<Step> steps, String explanation) {
    return new Counterexample(steps, explanation, Optional.empty(), Optional.empty());
  }
}
