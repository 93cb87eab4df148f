package dev.airproof.petri.workflow;

import dev.airproof.petri.verdict.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable; the relaxed soundness check of a workflow net.
 *
 * @param structure the workflow-net check
 * @param relaxedSound every transition occurs in some firing sequence from [i] to [o]
 * @param runs for each transition that occurs in such a sequence, one (short) such sequence
 */
public record RelaxedSoundnessReport(
    WorkflowStructure structure, Verdict relaxedSound, Map<String, List<String>> runs) {
  public RelaxedSoundnessReport {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(relaxedSound, "relaxedSound");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    runs.forEach((t, run) -> copy.put(t, List.copyOf(run)));
    runs = Collections.unmodifiableMap(copy);
  }
}
