package dev.airproof.properties.backend;

import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.properties.catalogue.PropertyChecker;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.explorer.ExplorationResult;
import dev.airproof.properties.explorer.Explorer;
import dev.airproof.properties.explorer.TransitionSystem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The explicit-state explorer over the reference interpreter ({@code docs/properties.md}). */
public final class ExplorerBackend implements Backend {
  private final InsightfulInterpreter interpreter;

  /** A back end running {@code interpreter}. */
  public ExplorerBackend(InsightfulInterpreter interpreter) {
    this.interpreter = interpreter;
  }

  @Override
  public String name() {
    return "explorer";
  }

  @Override
  public Set<PropertyId> supports() {
    return EnumSet.allOf(PropertyId.class);
  }

  @Override
  public List<PropertyResult> check(VerificationTask task) {
    TransitionSystem ts = new TransitionSystem(task.environment(), interpreter);
    ExplorationResult explored =
        new Explorer(ts, task.bounds(), task.progress(), System::nanoTime, task.reduce()).explore();
    return new PropertyChecker(ts, explored, task.completeOn()).check(task.properties());
  }

  /** Explores once and returns the exploration with the results, for callers that report both. */
  public Run run(VerificationTask task) {
    TransitionSystem ts = new TransitionSystem(task.environment(), interpreter);
    ExplorationResult explored =
        new Explorer(ts, task.bounds(), task.progress(), System::nanoTime, task.reduce()).explore();
    return new Run(explored, new PropertyChecker(ts, explored, task.completeOn()).check(task.properties()));
  }

  /**
   * Immutable; one exploration and the verdicts drawn from it.
   *
   * @param exploration the explored state space
   * @param results the verdicts
   */
  public record Run(ExplorationResult exploration, List<PropertyResult> results) {}
}
