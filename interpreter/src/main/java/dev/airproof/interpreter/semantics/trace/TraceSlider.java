package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ExecutedState;
import java.util.List;
import java.util.Optional;

/**
 * Mutable; a cursor with a window over one input trace, AquaVM's {@code TraceSlider}.
 *
 * <p>Invariant: {@code seen <= windowLen}.
 */
public final class TraceSlider {
  private final List<ExecutedState> trace;
  private long position;
  private long windowLen;
  private long seen;

  /** A slider covering the whole of {@code trace}. */
  public TraceSlider(List<ExecutedState> trace) {
    this.trace = List.copyOf(trace);
    this.windowLen = trace.size();
  }

  /** The next state in the window, advancing; empty when the window or the trace is exhausted. */
  public Optional<ExecutedState> nextState() {
    return Optional.ofNullable(next());
  }

  /** {@link #nextState}, null when empty (the merge tables' hot path). */
  ExecutedState next() {
    if (seen >= windowLen || position >= trace.size()) {
      return null;
    }
    ExecutedState s = trace.get((int) position);
    position++;
    seen++;
    return s;
  }

  /** Moves to {@code pos} with a fresh window of {@code len}; fails if it overruns the trace. */
  public Optional<TraceError> setPositionAndLen(long pos, long len) {
    if (!trySetPositionAndLen(pos, len)) {
      return Optional.of(new TraceError("set_position_and_len failed: requested position " + pos
          + " and subtrace len " + len + ", but trace length is " + trace.size()));
    }
    return Optional.empty();
  }

  /**
   * {@link #setPositionAndLen} for callers that ignore its error (as AquaVM does where a par or
   * fold restores its sliders): false, and nothing changes, when the window overruns the trace.
   */
  public boolean trySetPositionAndLen(long pos, long len) {
    if (len != 0 && pos + len > trace.size()) {
      return false;
    }
    position = pos;
    windowLen = len;
    seen = 0;
    return true;
  }

  /** Sets a fresh window of {@code len} at the current position; fails if it overruns the trace. */
  public Optional<TraceError> setSubtraceLen(long len) {
    long remainder = trace.size() - position;
    if (remainder < len) {
      return Optional.of(new TraceError("executed trace has " + remainder
          + " elements after current position " + position + ", but tried to set " + len
          + " subtrace len, trace length is " + trace.size()));
    }
    seen = 0;
    windowLen = len;
    return Optional.empty();
  }

  /** Current position. */
  public long position() {
    return position;
  }

  /** Unconsumed part of the window. */
  public long subtraceLen() {
    return windowLen - seen;
  }

  /** The state at an absolute position. */
  public Optional<ExecutedState> stateAt(long pos) {
    return pos >= 0 && pos < trace.size() ? Optional.of(trace.get((int) pos)) : Optional.empty();
  }

  /** Trace length. */
  public int traceLen() {
    return trace.size();
  }
}
