package dev.airproof.petri.workflow;

import dev.airproof.petri.analysis.Liveness;
import dev.airproof.petri.analysis.Reversibility;
import dev.airproof.petri.analysis.Termination;
import dev.airproof.petri.analysis.Verdicts;
import dev.airproof.petri.coverability.Boundedness;
import dev.airproof.petri.coverability.KarpMiller;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.List;

/**
 * Stateless; classical soundness of workflow nets with a witness per failed condition.
 *
 * <p>The state space from [i] is explored within the limits. Proper-completion violations are
 * searched among all stored markings, so they are found even in unbounded nets; if the exploration
 * is truncated, Karp–Miller decides whether the net is unbounded, which makes it unsound (a sound
 * WF-net is bounded) with a pump witness.
 */
public final class Soundness {
  /** Property name of classical soundness. */
  public static final String SOUNDNESS = "soundness";

  /** Property name of the option to complete. */
  public static final String OPTION_TO_COMPLETE = "option to complete";

  /** Property name of proper completion. */
  public static final String PROPER_COMPLETION = "proper completion";

  private Soundness() {}

  /** The classical soundness report of {@code net}. */
  public static SoundnessReport classical(PetriNet net, ExplorationLimits limits) {
    WorkflowStructure structure = WorkflowNets.check(net);
    return switch (structure) {
      case WorkflowStructure.Invalid invalid -> notWorkflow(invalid);
      case WorkflowStructure.Valid valid -> check(net, valid, limits);
    };
  }

  private static SoundnessReport notWorkflow(WorkflowStructure.Invalid invalid) {
    Verdict na = new Verdict.Unknown(SOUNDNESS, "not a workflow net", 0);
    List<String> nodes =
        invalid.problems().stream().flatMap(p -> p.nodes().stream()).distinct().toList();
    String why =
        String.join("; ", invalid.problems().stream().map(WorkflowProblem::message).toList());
    Verdict sound =
        new Verdict.Violated(
            SOUNDNESS, "not a workflow net: " + why, new Witness.Structural(nodes));
    return new SoundnessReport(invalid, na, na, na, na, sound, 0);
  }

  private static SoundnessReport check(
      PetriNet net, WorkflowStructure.Valid valid, ExplorationLimits limits) {
    PetriNet wf = WorkflowNets.withEndMarkings(net, valid);
    Marking end = wf.finalMarking().orElseThrow();
    ReachabilityGraph g = ReachabilityExplorer.explore(wf, limits);
    Verdict option = Reversibility.homeMarking(OPTION_TO_COMPLETE, g, end);
    Verdict proper = properCompletion(g, end);
    Verdict dead = Liveness.noDeadTransitions(g);
    Verdict termination = Termination.termination(g);
    Verdict sound = conjunction(wf, g, limits, List.of(option, proper, dead));
    return new SoundnessReport(valid, option, proper, dead, termination, sound, g.stateCount());
  }

  /** Every stored marking {@code >= end} equals {@code end}. */
  static Verdict properCompletion(ReachabilityGraph g, Marking end) {
    for (int s = 0; s < g.stateCount(); s++) {
      Marking m = g.marking(s);
      if (m.covers(end) && !m.equals(end)) {
        return new Verdict.Violated(
            PROPER_COMPLETION,
            "the marking " + g.net().describe(m) + " marks the sink place with tokens left over",
            g.witnessTo(s));
      }
    }
    return Verdicts.holdsIfComplete(PROPER_COMPLETION, g);
  }

  private static Verdict conjunction(
      PetriNet wf, ReachabilityGraph g, ExplorationLimits limits, List<Verdict> conditions) {
    for (Verdict v : conditions) {
      if (v instanceof Verdict.Violated violated) {
        return new Verdict.Violated(
            SOUNDNESS,
            violated.property() + " fails: " + violated.explanation(),
            violated.witness());
      }
    }
    if (conditions.stream().allMatch(Verdict::holds)) {
      return new Verdict.Holds(SOUNDNESS, g.stateCount());
    }
    Boundedness b = KarpMiller.boundedness(wf, limits);
    return switch (b) {
      case Boundedness.Unbounded u ->
          new Verdict.Violated(
              SOUNDNESS,
              "the net is unbounded from [i] (a sound workflow net is bounded): repeating "
                  + u.witness().pump()
                  + " grows "
                  + String.join(", ", u.witness().growingPlaces()),
              u.witness());
      case Boundedness.Bounded bounded -> Verdicts.unknown(SOUNDNESS, g);
      case Boundedness.Unknown unknown -> Verdicts.unknown(SOUNDNESS, g);
    };
  }
}
