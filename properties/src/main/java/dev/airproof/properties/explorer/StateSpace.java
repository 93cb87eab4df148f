package dev.airproof.properties.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable; the explored part of the state graph: distinct states numbered in discovery order, the
 * breadth-first tree (parent and step, so paths from the initial state are shortest) and every
 * edge (for cycle detection).
 */
public final class StateSpace {
  private final List<ExplorerState> states = new ArrayList<>();
  private final Map<ExplorerState, Integer> ids = new HashMap<>();
  private final java.util.function.UnaryOperator<ExplorerState> identity;
  private final List<Step> parentStep = new ArrayList<>();
  private int[] parent = new int[1024];
  private int[] depth = new int[1024];
  private int[][] successors = new int[1024][];

  /** A state space in which states are told apart exactly. */
  public StateSpace() {
    this(java.util.function.UnaryOperator.identity());
  }

  /**
   * A state space in which two states are the same when their images under {@code identity} are
   * equal; the first state met of each class is kept (the caller guarantees that the classes are
   * bisimulation classes, e.g. {@link ExplorerState#withoutSenders()}).
   */
  public StateSpace(java.util.function.UnaryOperator<ExplorerState> identity) {
    this.identity = identity;
  }

  /** Adds {@code s} if new; returns its id and whether it was new (as a negative id - 1 if not). */
  int add(ExplorerState s, int parentId, Step step) {
    ExplorerState key = identity.apply(s);
    Integer known = ids.get(key);
    if (known != null) {
      return -known - 1;
    }
    int id = states.size();
    states.add(s);
    ids.put(key, id);
    parentStep.add(step);
    if (id == parent.length) {
      parent = Arrays.copyOf(parent, id * 2);
      depth = Arrays.copyOf(depth, id * 2);
      successors = Arrays.copyOf(successors, id * 2);
    }
    parent[id] = parentId;
    depth[id] = parentId < 0 ? 0 : depth[parentId] + 1;
    return id;
  }

  void setSuccessors(int id, int[] succ) {
    successors[id] = succ;
  }

  /** Number of distinct states. */
  public int size() {
    return states.size();
  }

  /** State number {@code id}. */
  public ExplorerState state(int id) {
    return states.get(id);
  }

  /** Distance of state {@code id} from the initial state. */
  public int depth(int id) {
    return depth[id];
  }

  /** Successor ids of an explored state; empty if it was not explored (bounds). */
  public Optional<int[]> successors(int id) {
    return Optional.ofNullable(successors[id]);
  }

  /** The shortest path of steps from the initial state to state {@code id}. */
  public List<Step> pathTo(int id) {
    List<Step> path = new ArrayList<>();
    for (int s = id; parent[s] >= 0; s = parent[s]) {
      path.add(parentStep.get(s));
    }
    java.util.Collections.reverse(path);
    return path;
  }
}
