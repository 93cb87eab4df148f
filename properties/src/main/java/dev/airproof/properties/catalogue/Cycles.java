package dev.airproof.properties.catalogue;

import dev.airproof.properties.explorer.StateSpace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds a cycle in the explored state graph (iterative depth-first search with colours, so deep graphs
 * do not overflow the stack). A cycle is an infinite run, which termination forbids.
 */
final class Cycles {
  private Cycles() {}

  /** The states of some cycle, in order (the last state has an edge back to the first), if any. */
  static Optional<List<Integer>> find(StateSpace space) {
    int n = space.size();
    byte[] colour = new byte[n]; // 0 white, 1 on stack, 2 done
    int[] next = new int[n];
    int[] via = new int[n];
    Arrays.fill(via, -1);
    for (int root = 0; root < n; root++) {
      if (colour[root] != 0) {
        continue;
      }
      Deque<Integer> stack = new ArrayDeque<>();
      stack.push(root);
      colour[root] = 1;
      while (!stack.isEmpty()) {
        int s = stack.peek();
        int[] succ = space.successors(s).orElse(new int[0]);
        if (next[s] < succ.length) {
          int t = succ[next[s]++];
          if (colour[t] == 1) {
            return Optional.of(cycle(stack, t));
          }
          if (colour[t] == 0) {
            colour[t] = 1;
            stack.push(t);
          }
        } else {
          colour[s] = 2;
          stack.pop();
        }
      }
    }
    return Optional.empty();
  }

  private static List<Integer> cycle(Deque<Integer> stack, int target) {
    List<Integer> out = new ArrayList<>();
    for (int s : stack) { // top first
      out.add(s);
      if (s == target) {
        break;
      }
    }
    java.util.Collections.reverse(out);
    return out;
  }
}
