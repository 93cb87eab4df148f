package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ExecutedState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable; the two input sliders, the result trace and the position maps from result positions to
 * input positions, AquaVM's {@code DataKeeper}.
 */
final class DataKeeper {
  final TraceSlider prev;
  final TraceSlider current;
  final List<ExecutedState> result = new ArrayList<>();
  final Map<Long, Long> newToPrev = new HashMap<>();
  final Map<Long, Long> newToCurrent = new HashMap<>();

  DataKeeper(List<ExecutedState> prevTrace, List<ExecutedState> currentTrace) {
    this.prev = new TraceSlider(prevTrace);
    this.current = new TraceSlider(currentTrace);
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
    return Optional.ofNullable(newToPrev.get(newPos));
  }

  Optional<Long> currentPosOf(long newPos) {
    return Optional.ofNullable(newToCurrent.get(newPos));
  }

  /** Which input trace. */
  enum Side { PREVIOUS, CURRENT }

  /** Where a merged state came from. */
  enum Scheme { PREVIOUS, CURRENT, BOTH }
}
