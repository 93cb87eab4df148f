package dev.airproof.properties.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays recorded runs (the steps of a counterexample) through a {@link TransitionSystem}: from the
 * initial state, each recorded step must be produced by one enabled transition, with the same peer,
 * sender, answer, ret code, error message, forwarded peers and call requests. The replayed states
 * form a small {@link ExplorationResult} on which the ordinary property checker decides again, so a
 * replay confirms a violation with the same code that found it.
 */
public final class Replay {
  private Replay() {}

  /** Immutable; the outcome of a replay. */
  public sealed interface Result permits Replayed, Diverged {}

  /**
   * Every step was reproduced.
   *
   * @param exploration the replayed runs as a state graph (their states, edges, quiescent ends)
   * @param finals the state id each run ended in, in the order of the runs
   */
  public record Replayed(ExplorationResult exploration, List<Integer> finals) implements Result {
    public Replayed {
      finals = List.copyOf(finals);
    }
  }

  /**
   * Run {@code run} (0 for the first) could not take its step {@code index} (0-based): no enabled
   * transition produces {@code expected}; {@code possible} lists what the enabled transitions do.
   */
  public record Diverged(int run, int index, Step expected, List<Step> possible) implements Result {
    public Diverged {
      possible = List.copyOf(possible);
    }
  }

  /**
   * Replays {@code runs} from the initial state of {@code system}.
   *
   * @param quotient identify states up to {@link ExplorerState#withoutSenders()}, as the search
   *     that found the runs did when its reduction was on (a termination lasso closes up to it)
   */
  public static Result replay(TransitionSystem system, List<List<Step>> runs, boolean quotient) {
    StateSpace space = quotient ? new StateSpace(ExplorerState::withoutSenders) : new StateSpace();
    int initial = space.add(system.initial(), -1, null);
    Map<Integer, Set<Integer>> successors = new LinkedHashMap<>();
    Optional<ExplorationResult.Edge> repeated = Optional.empty();
    Optional<ExplorationResult.Edge> uncaught = Optional.empty();
    List<Integer> finals = new ArrayList<>();
    long transitions = 0;
    for (int r = 0; r < runs.size(); r++) {
      int at = initial;
      List<Step> run = runs.get(r);
      for (int i = 0; i < run.size(); i++) {
        ExplorerState s = space.state(at);
        Step expected = run.get(i);
        Optional<TransitionSystem.Successor> taken = Optional.empty();
        List<Step> possible = new ArrayList<>();
        for (Transition t : system.enabled(s)) {
          TransitionSystem.Successor next = system.apply(s, t);
          if (next.step().equals(expected)) {
            taken = Optional.of(next);
            break;
          }
          possible.add(next.step());
        }
        if (taken.isEmpty()) {
          return new Diverged(r, i, expected, possible);
        }
        TransitionSystem.Successor next = taken.get();
        transitions++;
        if (next.repeatedCall().isPresent() && repeated.isEmpty()) {
          repeated = Optional.of(new ExplorationResult.Edge(at, next.step()));
        }
        if (next.retCode() != 0 && uncaught.isEmpty()) {
          uncaught = Optional.of(new ExplorationResult.Edge(at, next.step()));
        }
        int added = space.add(next.next(), at, next.step());
        int id = added >= 0 ? added : -added - 1;
        successors.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(id);
        at = id;
      }
      finals.add(at);
    }
    List<Integer> quiescent = new ArrayList<>();
    for (int id = 0; id < space.size(); id++) {
      space.setSuccessors(id, successors.getOrDefault(id, Set.of()).stream()
          .mapToInt(Integer::intValue).toArray());
      if (space.state(id).isQuiescent()) {
        quiescent.add(id);
      }
    }
    return new Replayed(new ExplorationResult(space, quiescent, repeated, uncaught, Optional.empty(),
        transitions, 0, quotient), finals);
  }
}
