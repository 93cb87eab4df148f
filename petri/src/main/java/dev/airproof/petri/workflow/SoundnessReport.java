package dev.airproof.petri.workflow;

import dev.airproof.petri.verdict.Verdict;
import java.util.Objects;

/**
 * Immutable; the classical soundness check of a workflow net, condition by condition.
 *
 * @param structure the workflow-net check; if invalid, the conditions are {@code Unknown}
 * @param optionToComplete from every marking reachable from [i], [o] is reachable
 * @param properCompletion every reachable marking {@code M >= [o]} equals [o]
 * @param noDeadTransitions every transition fires in some marking reachable from [i]
 * @param termination every firing sequence from [i] is finite (no cycle in the state space)
 * @param sound the conjunction: {@code Violated} with the first failing condition's witness (or an
 *     unboundedness pump, or the structural problems), {@code Holds} iff all three hold
 * @param statesExplored markings explored from [i]
 */
public record SoundnessReport(
    WorkflowStructure structure,
    Verdict optionToComplete,
    Verdict properCompletion,
    Verdict noDeadTransitions,
    Verdict termination,
    Verdict sound,
    long statesExplored) {
  public SoundnessReport {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(optionToComplete, "optionToComplete");
    Objects.requireNonNull(properCompletion, "properCompletion");
    Objects.requireNonNull(noDeadTransitions, "noDeadTransitions");
    Objects.requireNonNull(termination, "termination");
    Objects.requireNonNull(sound, "sound");
  }
}
