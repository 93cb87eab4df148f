package dev.airproof.petri.workflow;

import java.util.List;
import java.util.Objects;

/** Immutable; the outcome of the structural workflow-net check. */
public sealed interface WorkflowStructure {

  /** The net is a WF-net with source place {@code source} and sink place {@code sink}. */
  record Valid(String source, String sink) implements WorkflowStructure {
    public Valid {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(sink, "sink");
    }
  }

  /** The net is not a WF-net; invariant: {@code problems} is non-empty. */
  record Invalid(List<WorkflowProblem> problems) implements WorkflowStructure {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("Invalid needs a problem");
      }
    }
  }
}
