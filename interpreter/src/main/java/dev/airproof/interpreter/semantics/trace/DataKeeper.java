package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ExecutedState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mutable; the two input sliders, the result trace and the position maps from result positions to
 * input positions, AquaVM's {@code DataKeeper}.
 */
final class DataKeeper {
  final TraceSlider prev;
  final TraceSlider current;
  final List<ExecutedState> result;
  private final PositionMap newToPrev;
  private final PositionMap newToCurrent;

  DataKeeper(List<ExecutedState> prevTrace, List<ExecutedState> currentTrace) {
    this.prev = new TraceSlider(prevTrace);
    this.current = new TraceSlider(currentTrace);
    // The result usually holds about as many states as the longer input: sized once.
    int expected = Math.max(prevTrace.size(), currentTrace.size()) + 16;
    this.result = new ArrayList<>(expected);
    this.newToPrev = new PositionMap(expected);
    this.newToCurrent = new PositionMap(expected);
  }

  long nextPos() {
    return result.size();
  }

  TraceSlider slider(Side side) {
    return side == Side.PREVIOUS ? prev : current;
  }

  /** Records where the state about to be appended came from. */
  void mapPositions(Scheme scheme) {
    long pos = nextPos();
    if (scheme != Scheme.CURRENT) {
      newToPrev.put(pos, prev.position() - 1);
    }
    if (scheme != Scheme.PREVIOUS) {
      newToCurrent.put(pos, current.position() - 1);
    }
  }

  Optional<Long> prevPosOf(long newPos) {
    return newToPrev.get(newPos);
  }

  Optional<Long> currentPosOf(long newPos) {
    return newToCurrent.get(newPos);
  }

  /**
   * Mutable; a map from result positions (dense, from 0) to input positions, as a growable array
   * (a boxed hash map cost a fifth of the replay of a long trace).
   */
  private static final class PositionMap {
    private static final int NONE = Integer.MIN_VALUE;
    private int[] to;

    PositionMap(int capacity) {
      to = empty(capacity);
    }

    private static int[] empty(int n) {
      int[] a = new int[n];
      java.util.Arrays.fill(a, NONE);
      return a;
    }

    void put(long from, long value) {
      if (from >= to.length) {
        int[] grown = empty((int) Math.max(from + 1, 2L * to.length));
        System.arraycopy(to, 0, grown, 0, to.length);
        to = grown;
      }
      // An input position indexes a Java list: it fits an int.
      to[(int) from] = Math.toIntExact(value);
    }

    Optional<Long> get(long from) {
      return from < 0 || from >= to.length || to[(int) from] == NONE ? Optional.empty()
          : Optional.of((long) to[(int) from]);
    }
  }

  /** Which input trace. */
  enum Side { PREVIOUS, CURRENT }

  /** Where a merged state came from. */
  enum Scheme { PREVIOUS, CURRENT, BOTH }
}
