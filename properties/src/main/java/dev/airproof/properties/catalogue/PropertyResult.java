package dev.airproof.properties.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; the verdict on one property from one back end.
 *
 * @param property which property
 * @param verdict holds, violated or unknown
 * @param backend the back end that decided it (e.g. "explorer")
 * @param states distinct states the back end explored
 * @param millis time the back end took
 * @param detail one line: why it holds, what breaks it, or which bound stopped the search
 * @param counterexample the run that breaks it, when violated
 */
public record PropertyResult(
    PropertyId property, Verdict verdict, String backend, long states, long millis, String detail,
    Optional<Counterexample> counterexample) {
  public PropertyResult {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(counterexample, "counterexample");
    if ((verdict == Verdict.VIOLATED) != counterexample.isPresent()) {
      throw new IllegalArgumentException("a violation needs a counterexample, and only a violation has one");
    }
  }
}
