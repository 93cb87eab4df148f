package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ParResult;
import java.util.Optional;

/**
 * Mutable; the state machine of one {@code par}: slider windows for both subgraphs and the
 * placeholder that receives the produced sizes ({@code state_automata/par_fsm.rs}).
 */
final class ParFsm {
  private static final long U32_MAX = 0xFFFF_FFFFL;
  private final ParResult prevPar;
  private final ParResult currentPar;
  private final int placeholder;
  private final long[] prevLeft;
  private final long[] prevRight;
  private final long[] curLeft;
  private final long[] curRight;
  private long savedCount;
  private long leftSize;

  private ParFsm(ParResult prevPar, ParResult currentPar, int placeholder, long[][] states) {
    this.prevPar = prevPar;
    this.currentPar = currentPar;
    this.placeholder = placeholder;
    this.prevLeft = states[0];
    this.prevRight = states[1];
    this.curLeft = states[2];
    this.curRight = states[3];
    this.savedCount = placeholder + 1L;
  }

  static TraceResult<ParFsm> start(DataKeeper keeper, ParResult prev, ParResult cur) {
    int placeholder = keeper.result.size();
    keeper.result.add(new ParResult(0, 0));
    long[][] states = new long[4][];
    TraceResult<long[]> r;
    r = compute(prev, false, keeper.prev, "previous");
    if (r instanceof TraceResult.Err<long[]> e) {
      return new TraceResult.Err<>(e.error());
    }
    states[0] = ((TraceResult.Ok<long[]>) r).value();
    r = compute(prev, true, keeper.prev, "previous");
    if (r instanceof TraceResult.Err<long[]> e) {
      return new TraceResult.Err<>(e.error());
    }
    states[1] = ((TraceResult.Ok<long[]>) r).value();
    r = compute(cur, false, keeper.current, "current");
    if (r instanceof TraceResult.Err<long[]> e) {
      return new TraceResult.Err<>(e.error());
    }
    states[2] = ((TraceResult.Ok<long[]>) r).value();
    r = compute(cur, true, keeper.current, "current");
    if (r instanceof TraceResult.Err<long[]> e) {
      return new TraceResult.Err<>(e.error());
    }
    states[3] = ((TraceResult.Ok<long[]>) r).value();
    ParFsm fsm = new ParFsm(prev, cur, placeholder, states);
    Optional<TraceError> err = keeper.prev.setSubtraceLen(prev.leftSize())
        .or(() -> keeper.current.setSubtraceLen(cur.leftSize()));
    return err.<TraceResult<ParFsm>>map(TraceResult.Err::new).orElseGet(() -> TraceResult.ok(fsm));
  }

  /** {@code [position, window]} the slider gets at the end of the left or right subgraph. */
  private static TraceResult<long[]> compute(
      ParResult par, boolean right, TraceSlider slider, String side) {
    long len = par.leftSize();
    if (right) {
      len = par.leftSize() + par.rightSize();
      if (len > U32_MAX) {
        return TraceResult.err("overflow is occurred while calculating the entire len occupied by"
            + " executed states corresponded to current par: '" + debug(par) + "'");
      }
    }
    long pos = slider.position() + len;
    if (pos > U32_MAX) {
      return TraceResult.err("overflow is occurred while calculating the new position of a previous"
          + " slider for resolved par " + debug(par) + " and current position "
          + slider.position() + "'");
    }
    if (!right) {
      return TraceResult.ok(new long[] {pos, len});
    }
    long window = slider.subtraceLen() - len;
    if (window < 0) {
      return TraceResult.err("underflow is occurred while calculating the new position of a current"
          + " slider for resolved par " + debug(par) + " and current subtrace len "
          + slider.subtraceLen() + "'");
    }
    return TraceResult.ok(new long[] {pos, window});
  }

  private static String debug(ParResult p) {
    return "ParResult { left_size: " + p.leftSize() + ", right_size: " + p.rightSize() + " }";
  }

  void leftCompleted(DataKeeper keeper) {
    leftSize = keeper.result.size() - savedCount;
    savedCount = keeper.result.size();
    keeper.prev.trySetPositionAndLen(prevLeft[0], prevLeft[1]);
    keeper.current.trySetPositionAndLen(curLeft[0], curLeft[1]);
    keeper.prev.setSubtraceLen(prevPar.rightSize());
    keeper.current.setSubtraceLen(currentPar.rightSize());
  }

  void rightCompleted(DataKeeper keeper) {
    long rightSize = keeper.result.size() - savedCount;
    keeper.result.set(placeholder, new ParResult(leftSize, rightSize));
    keeper.prev.trySetPositionAndLen(prevRight[0], prevRight[1]);
    keeper.current.trySetPositionAndLen(curRight[0], curRight[1]);
  }
}
