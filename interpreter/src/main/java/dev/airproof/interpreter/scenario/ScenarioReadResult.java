package dev.airproof.interpreter.scenario;

import java.util.List;
import java.util.Objects;

/** Immutable; the outcome of {@link ScenarioReader#read}: a scenario or the list of problems. */
public sealed interface ScenarioReadResult {
  /** The file was valid. */
  record Read(Scenario scenario) implements ScenarioReadResult {
    public Read {
      Objects.requireNonNull(scenario, "scenario");
    }
  }

  /** The file was invalid; {@code errors} is non-empty, in document order. */
  record Invalid(String sourceName, List<ScenarioError> errors) implements ScenarioReadResult {
    public Invalid {
      Objects.requireNonNull(sourceName, "sourceName");
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("Invalid needs at least one error");
      }
    }
  }
}
