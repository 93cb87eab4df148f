package dev.airproof.petri.workflow;

import dev.airproof.petri.analysis.GraphSearch;
import dev.airproof.petri.analysis.Verdicts;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Stateless; relaxed soundness: every transition occurs in some firing sequence from [i] to [o].
 *
 * <p>On the complete state space from [i]: transition t occurs in such a sequence iff some edge
 * labelled t enters a state from which [o] is reachable. Each such transition gets a run: the
 * shortest path to the edge's source, t, then a shortest path on to [o].
 */
public final class RelaxedSoundness {
  /** Property name. */
  public static final String PROPERTY = "relaxed soundness";

  private RelaxedSoundness() {}

  /** The relaxed soundness report of {@code net}. */
  public static RelaxedSoundnessReport check(PetriNet net, ExplorationLimits limits) {
    WorkflowStructure structure = WorkflowNets.check(net);
    return switch (structure) {
      case WorkflowStructure.Invalid invalid ->
          new RelaxedSoundnessReport(
              invalid,
              new Verdict.Violated(
                  PROPERTY,
                  "not a workflow net",
                  new Witness.Structural(
                      invalid.problems().stream()
                          .flatMap(p -> p.nodes().stream())
                          .distinct()
                          .toList())),
              Map.of());
      case WorkflowStructure.Valid valid -> check(net, valid, limits);
    };
  }

  private static RelaxedSoundnessReport check(
      PetriNet net, WorkflowStructure.Valid valid, ExplorationLimits limits) {
    PetriNet wf = WorkflowNets.withEndMarkings(net, valid);
    Marking end = wf.finalMarking().orElseThrow();
    ReachabilityGraph g = ReachabilityExplorer.explore(wf, limits);
    if (!g.isComplete()) {
      return new RelaxedSoundnessReport(valid, Verdicts.unknown(PROPERTY, g), Map.of());
    }
    OptionalInt o = g.find(end);
    BitSet targets = new BitSet();
    o.ifPresent(targets::set);
    BitSet good = GraphSearch.canReach(g, targets);
    Map<String, List<String>> runs = new LinkedHashMap<>();
    for (int s = 0; s < g.expandedCount(); s++) {
      for (int e = g.firstEdge(s); e < g.endEdge(s); e++) {
        String t = wf.transition(g.edgeTransition(e)).id();
        if (good.get(g.edgeTarget(e)) && !runs.containsKey(t)) {
          runs.put(t, run(g, s, e, o.getAsInt()));
        }
      }
    }
    List<String> missing = new ArrayList<>();
    wf.transitions()
        .forEach(
            t -> {
              if (!runs.containsKey(t.id())) {
                missing.add(t.id());
              }
            });
    Verdict verdict =
        missing.isEmpty()
            ? new Verdict.Holds(PROPERTY, g.stateCount())
            : new Verdict.Violated(
                PROPERTY,
                (o.isEmpty() ? "[" + valid.sink() + "] is unreachable; " : "")
                    + "no firing sequence from [i] to [o] contains "
                    + String.join(", ", missing),
                new Witness.Exhaustive(g.stateCount(), missing));
    return new RelaxedSoundnessReport(valid, verdict, runs);
  }

  private static List<String> run(ReachabilityGraph g, int source, int edge, int end) {
    List<String> ids = new ArrayList<>(g.pathIdsTo(source));
    ids.add(g.net().transition(g.edgeTransition(edge)).id());
    int target = g.edgeTarget(edge);
    if (target != end) {
      int[] rest = GraphSearch.shortestPath(g, target, x -> x == end).orElseThrow();
      ids.addAll(g.transitionIds(rest));
    }
    return ids;
  }
}
