package dev.airproof.properties.explorer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Breadth-first explicit-state search of a {@link TransitionSystem}, with state hashing on the
 * canonical {@link ExplorerState}, bounds and progress reports. Breadth-first order makes every
 * counterexample path a shortest one.
 */
public final class Explorer {
  private final TransitionSystem system;
  private final Bounds bounds;
  private final Progress progress;
  private final LongSupplier nanoTime;
  private final java.util.Optional<PersistentSets> reduction;

  /**
   * An explorer of {@code system} within {@code bounds}.
   *
   * @param nanoTime the clock for the time bound and progress (System::nanoTime in production)
   */
  public Explorer(TransitionSystem system, Bounds bounds, Progress progress, LongSupplier nanoTime) {
    this(system, bounds, progress, nanoTime, true);
  }

  /**
   * An explorer that uses the partial-order reduction ({@link PersistentSets}) when {@code reduce}
   * holds and the environment allows no faults.
   */
  public Explorer(TransitionSystem system, Bounds bounds, Progress progress, LongSupplier nanoTime,
      boolean reduce) {
    this.system = system;
    this.bounds = bounds;
    this.progress = progress;
    this.nanoTime = nanoTime;
    this.reduction = reduce && system.environment().faults().isNone()
        ? java.util.Optional.of(new PersistentSets(system)) : java.util.Optional.empty();
  }

  /** Explores from the initial state until exhaustion or a bound. */
  public ExplorationResult explore() {
    long start = nanoTime.getAsLong();
    long lastReport = start;
    StateSpace space = reduction.isPresent() ? new StateSpace(ExplorerState::withoutSenders)
        : new StateSpace();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    List<Integer> quiescent = new ArrayList<>();
    Optional<ExplorationResult.Edge> repeated = Optional.empty();
    Optional<ExplorationResult.Edge> uncaught = Optional.empty();
    Optional<String> bound = Optional.empty();
    long transitions = 0;
    long explored = 0;
    queue.add(space.add(system.initial(), -1, null));
    while (!queue.isEmpty()) {
      long now = nanoTime.getAsLong();
      if ((now - start) / 1_000_000 > bounds.maxMillis()) {
        bound = Optional.of("time limit of " + bounds.maxMillis() + " ms reached after "
            + space.size() + " states");
        break;
      }
      if (now - lastReport > 1_000_000_000L) {
        lastReport = now;
        progress.report(explored, space.size(), queue.size(), rate(space.size(), now - start));
      }
      int id = queue.poll();
      ExplorerState s = space.state(id);
      if (s.isQuiescent()) {
        quiescent.add(id);
      }
      if (space.depth(id) >= bounds.maxDepth()) {
        bound = Optional.of("depth bound " + bounds.maxDepth() + " reached");
        continue;
      }
      List<Transition> all = system.enabled(s);
      List<Transition> enabled = reduction.map(r -> r.reduce(s, all)).orElse(all);
      int[] succ = new int[enabled.size()];
      for (int i = 0; i < enabled.size(); i++) {
        TransitionSystem.Successor next = system.apply(s, enabled.get(i));
        transitions++;
        if (next.repeatedCall().isPresent() && repeated.isEmpty()) {
          repeated = Optional.of(new ExplorationResult.Edge(id, next.step()));
        }
        if (next.retCode() != 0 && uncaught.isEmpty()) {
          uncaught = Optional.of(new ExplorationResult.Edge(id, next.step()));
        }
        int added = space.add(next.next(), id, next.step());
        if (added >= 0) {
          succ[i] = added;
          if (space.size() >= bounds.maxStates()) {
            bound = Optional.of("state bound reached after " + space.size() + " states");
          } else {
            queue.add(added);
          }
        } else {
          succ[i] = -added - 1;
        }
      }
      space.setSuccessors(id, succ);
      explored++;
      if (bound.isPresent() && bound.get().startsWith("state bound")) {
        break;
      }
    }
    long elapsed = nanoTime.getAsLong() - start;
    progress.report(explored, space.size(), queue.size(), rate(space.size(), elapsed));
    return new ExplorationResult(space, quiescent, repeated, uncaught, bound, transitions,
        elapsed / 1_000_000, reduction.isPresent());
  }

  private static double rate(long states, long nanos) {
    return nanos <= 0 ? 0 : states * 1e9 / nanos;
  }
}
