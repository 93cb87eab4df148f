package dev.airproof.petri.workflow;

import java.util.List;
import java.util.Objects;

/**
 * Immutable; one reason why a net is not a workflow net.
 *
 * @param code stable kind of problem
 * @param nodes the offending node ids (possibly empty, e.g. when no source place exists)
 * @param message one-line explanation
 */
public record WorkflowProblem(Code code, List<String> nodes, String message) {
  public WorkflowProblem {
    Objects.requireNonNull(code, "code");
    nodes = List.copyOf(nodes);
    Objects.requireNonNull(message, "message");
  }

  /** Kinds of workflow-structure problems. */
  public enum Code {
    /** No place without incoming arcs. */
    NO_SOURCE_PLACE,
    /** More than one place without incoming arcs. */
    SEVERAL_SOURCE_PLACES,
    /** No place without outgoing arcs. */
    NO_SINK_PLACE,
    /** More than one place without outgoing arcs. */
    SEVERAL_SINK_PLACES,
    /** Nodes not reachable from the source place. */
    UNREACHABLE_FROM_SOURCE,
    /** Nodes from which the sink place is not reachable. */
    CANNOT_REACH_SINK
  }
}
