package dev.airproof.translator.petri;

import dev.airproof.petri.analysis.Termination;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Immutable after construction; the reachability graph of a translated net and the script
 * properties read from it ({@code docs/petri-semantics.md} §4).
 *
 * <p>A violation is reported only with a run that uses no data choice (every step is realisable
 * whatever the values: hops, call outcomes the environment allows, interleavings); a violating
 * dead marking reachable only through data choices gives "unknown" with that run. "Holds" needs
 * the complete graph and is qualified by the folds cut at the fold bound.
 */
public final class NetAnalysis {
  private final Translation translation;
  private final ReachabilityGraph graph;

  private NetAnalysis(Translation translation, ReachabilityGraph graph) {
    this.translation = translation;
    this.graph = graph;
  }

  /** Explores the net of {@code t} within {@code limits}. */
  public static NetAnalysis explore(Translation t, ExplorationLimits limits) {
    return new NetAnalysis(t, ReachabilityExplorer.explore(t.net(), limits));
  }

  /** The reachability graph. */
  public ReachabilityGraph graph() {
    return graph;
  }

  /** The translation analysed. */
  public Translation translation() {
    return translation;
  }

  /** No infinite firing sequence. */
  public NetCheck termination() {
    Verdict v = Termination.termination(graph);
    return switch (v) {
      case Verdict.Holds h -> new NetCheck("termination", NetCheck.Status.HOLDS,
          "every firing sequence of the net is finite (" + graph.stateCount() + " markings)"
              + qualifier(), List.of(), Optional.empty(), graph.stateCount());
      case Verdict.Violated x -> lasso(x);
      case Verdict.Unknown u -> new NetCheck("termination", NetCheck.Status.UNKNOWN, u.reason(),
          List.of(), Optional.empty(), graph.stateCount());
    };
  }

  private NetCheck lasso(Verdict.Violated x) {
    if (x.witness() instanceof Witness.Lasso l) {
      List<String> run = new ArrayList<>(l.stem());
      run.addAll(l.cycle());
      return new NetCheck("termination", NetCheck.Status.VIOLATED, x.explanation(), run,
          Optional.of(l.stem().size()), graph.stateCount());
    }
    return new NetCheck("termination", NetCheck.Status.UNKNOWN, x.explanation(), List.of(),
        Optional.empty(), graph.stateCount());
  }

  /** Every run that stops has completed on the init peer. */
  public NetCheck completion() {
    return deadMarkings("completion", m -> !translation.completes(m),
        m -> "the run stops without the script being complete on the init peer: "
            + stopReason(m));
  }

  /** No run stops with an instruction waiting on a variable. */
  public NetCheck noStuckJoin() {
    return deadMarkings("no-stuck-join", m -> !translation.waitingJoins(m).isEmpty(),
        m -> "the run stops while " + translation.waitingJoins(m).stream()
            .map(e -> e.instruction() + " at " + e.where() + " waits on "
                + String.join(", ", e.waitsOn()))
            .collect(Collectors.joining("; ")));
  }

  /**
   * Proper completion modulo intended incompleteness: every run that stops complete leaves nothing
   * but data, bookkeeping of {@code par} and folds, {@code never} and exhausted folds: no
   * instruction that never ran (a branch still waiting) and no error.
   */
  public NetCheck properCompletion() {
    return deadMarkings("proper-completion", m -> translation.completes(m) && !leftovers(m).isEmpty(),
        m -> "the script completes while " + String.join("; ", leftovers(m)));
  }

  private List<String> leftovers(Marking m) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < translation.net().placeCount(); p++) {
      NetElement e = translation.placeElement(p);
      if (m.get(p) > 0 && (e.role() == Role.ENTRY || e.role() == Role.CAUGHT_ERROR
          || e.role() == Role.UNCAUGHT)) {
        out.add(e.role() == Role.ENTRY ? e.instruction() + " at " + e.where() + " never ran"
            : "an error is pending (" + e.role().word() + ")");
      }
    }
    return out;
  }

  private NetCheck deadMarkings(String property, Predicate<Marking> bad,
      java.util.function.Function<Marking, String> why) {
    List<Integer> badDead = new ArrayList<>();
    for (int s = 0; s < graph.expandedCount(); s++) {
      if (graph.outDegree(s) == 0 && bad.test(graph.marking(s))) {
        badDead.add(s);
      }
    }
    int[] exactParent = exactTree();
    for (int s : badDead) {
      if (s == 0 || exactParent[s] >= 0) {
        return new NetCheck(property, NetCheck.Status.VIOLATED, why.apply(graph.marking(s)),
            exactPath(exactParent, s), Optional.empty(), graph.stateCount());
      }
    }
    if (!badDead.isEmpty()) {
      int s = badDead.get(0);
      List<String> run = graph.pathIdsTo(s);
      return new NetCheck(property, NetCheck.Status.UNKNOWN, why.apply(graph.marking(s))
          + ", but only after choices that depend on data the net abstracts ("
          + choices(run) + ")", run, Optional.empty(), graph.stateCount());
    }
    if (!graph.isComplete()) {
      return new NetCheck(property, NetCheck.Status.UNKNOWN, graph.truncation().orElseThrow()
          .toString(), List.of(), Optional.empty(), graph.stateCount());
    }
    return new NetCheck(property, NetCheck.Status.HOLDS, "every run of the net that stops satisfies it ("
        + graph.stateCount() + " markings)" + qualifier(), List.of(), Optional.empty(),
        graph.stateCount());
  }

  /** BFS parent edges over transitions that are not data choices (-1: not reached that way). */
  private int[] exactTree() {
    int[] parent = new int[graph.stateCount()];
    Arrays.fill(parent, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
    boolean[] seen = new boolean[graph.stateCount()];
    seen[0] = true;
    while (!queue.isEmpty()) {
      int s = queue.poll();
      if (!graph.isExpanded(s)) {
        continue;
      }
      for (int e = graph.firstEdge(s); e < graph.endEdge(s); e++) {
        int target = graph.edgeTarget(e);
        if (!seen[target] && !translation.transitionElement(graph.edgeTransition(e)).dataChoice()) {
          seen[target] = true;
          parent[target] = e;
          queue.add(target);
        }
      }
    }
    return parent;
  }

  private List<String> exactPath(int[] parent, int s) {
    List<String> ids = new ArrayList<>();
    for (int at = s; at != 0; at = graph.edgeSource(parent[at])) {
      ids.add(translation.net().transition(graph.edgeTransition(parent[at])).id());
    }
    Collections.reverse(ids);
    return ids;
  }

  private String choices(List<String> run) {
    return run.stream().map(id -> translation.element(id).orElseThrow())
        .filter(NetElement::dataChoice).map(e -> e.role().word() + " " + e.where()).distinct()
        .collect(Collectors.joining(", "));
  }

  private String stopReason(Marking m) {
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < translation.net().placeCount(); p++) {
      NetElement e = translation.placeElement(p);
      if (m.get(p) == 0) {
        continue;
      }
      switch (e.role()) {
        case UNCAUGHT -> parts.add("an uncaught error");
        case DONE_ELSEWHERE -> parts.add("it completed on " + e.peer() + ", not on the init peer");
        case NEVER -> parts.add("(never) at " + e.where());
        case EXHAUSTED -> parts.add("a fold at " + e.where() + " ran out of elements");
        case ENTRY -> parts.add(e.waitsOn().isEmpty() ? "waiting at " + e.instruction() + " " + e.where()
            : e.instruction() + " at " + e.where() + " waits on " + String.join(", ", e.waitsOn()));
        case START, DATA, IN_TRANSIT, CARRY, PAR_STATE, FOLD_STATE, CAUGHT_ERROR, SWALLOWED, DONE, HOP, CALL_OK,
            CALL_FAIL, AP, CANON, MATCH_PASS, MATCH_FAIL, FAIL, NULL, PAR_FORK, PAR_JOIN, CATCH,
            FOLD_START, FOLD_EMPTY, FOLD_DONE, NEXT_MORE, NEXT_END, NEXT_RESUME, COMPLETE,
            COMPLETE_ELSEWHERE -> { }
      }
    }
    return parts.isEmpty() ? "nothing can fire" : String.join("; ", parts);
  }

  private String qualifier() {
    if (translation.cutFolds().isEmpty()) {
      return "";
    }
    return "; folds unrolled to " + translation.options().foldBound() + " elements at "
        + translation.cutFolds().stream().map(s -> s.line() + ":" + s.column())
            .collect(Collectors.joining(", "));
  }
}
