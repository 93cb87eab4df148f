package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ParResult;
import java.util.Optional;

/**
 * Mutable; the state machine of one {@code par}: slider windows for both subgraphs and the
 * placeholder that receives the produced sizes ({@code state_automata/par_fsm.rs}).
 */
final class ParFsm {
  private static final long U32_MAX = 0xFFFF_FFFFL;
  /** What the result trace holds until the par ends (immutable, so one is shared). */
  private static final ParResult PLACEHOLDER = new ParResult(0, 0);
  private final ParResult prevPar;
  private final ParResult currentPar;
  private final int placeholder;
  /** Slider positions and windows after each subgraph ({@code [pos, window]} pairs, unboxed). */
  private long prevLeftPos;
  private long prevLeftLen;
  private long prevRightPos;
  private long prevRightLen;
  private long curLeftPos;
  private long curLeftLen;
  private long curRightPos;
  private long curRightLen;
  private long savedCount;
  private long leftSize;

  private ParFsm(ParResult prevPar, ParResult currentPar, int placeholder) {
    this.prevPar = prevPar;
    this.currentPar = currentPar;
    this.placeholder = placeholder;
    this.savedCount = placeholder + 1L;
  }

  /** Starts the machine, or names the overflow met; the sliders are left as the merge needs. */
  static ParFsm start(DataKeeper keeper, ParResult prev, ParResult cur, TraceError[] error) {
    int placeholder = keeper.result.size();
    keeper.result.add(PLACEHOLDER);
    ParFsm fsm = new ParFsm(prev, cur, placeholder);
    String e = fsm.computeAll(keeper);
    if (e != null) {
      error[0] = new TraceError(e);
      return null;
    }
    Optional<TraceError> err = keeper.prev.setSubtraceLen(prev.leftSize())
        .or(() -> keeper.current.setSubtraceLen(cur.leftSize()));
    if (err.isPresent()) {
      error[0] = err.get();
      return null;
    }
    return fsm;
  }

  /** Fills the four {@code [pos, window]} pairs; the first overflow's message, or null. */
  private String computeAll(DataKeeper keeper) {
    TraceSlider p = keeper.prev;
    TraceSlider c = keeper.current;
    long len = prevPar.leftSize();
    prevLeftPos = p.position() + len;
    if (prevLeftPos > U32_MAX) {
      return positionOverflow(prevPar, p);
    }
    prevLeftLen = len;
    String e = right(prevPar, p);
    if (e != null) {
      return e;
    }
    prevRightPos = rightPos;
    prevRightLen = rightWindow;
    len = currentPar.leftSize();
    curLeftPos = c.position() + len;
    if (curLeftPos > U32_MAX) {
      return positionOverflow(currentPar, c);
    }
    curLeftLen = len;
    e = right(currentPar, c);
    if (e != null) {
      return e;
    }
    curRightPos = rightPos;
    curRightLen = rightWindow;
    return null;
  }

  private long rightPos;
  private long rightWindow;

  /** The slider's position and window at the end of the right subgraph, or an overflow message. */
  private String right(ParResult par, TraceSlider slider) {
    long len = par.leftSize() + par.rightSize();
    if (len > U32_MAX) {
      return "overflow is occurred while calculating the entire len occupied by"
          + " executed states corresponded to current par: '" + debug(par) + "'";
    }
    long pos = slider.position() + len;
    if (pos > U32_MAX) {
      return positionOverflow(par, slider);
    }
    long window = slider.subtraceLen() - len;
    if (window < 0) {
      return "underflow is occurred while calculating the new position of a current"
          + " slider for resolved par " + debug(par) + " and current subtrace len "
          + slider.subtraceLen() + "'";
    }
    rightPos = pos;
    rightWindow = window;
    return null;
  }

  private static String positionOverflow(ParResult par, TraceSlider slider) {
    return "overflow is occurred while calculating the new position of a previous"
        + " slider for resolved par " + debug(par) + " and current position "
        + slider.position() + "'";
  }

  private static String debug(ParResult p) {
    return "ParResult { left_size: " + p.leftSize() + ", right_size: " + p.rightSize() + " }";
  }

  void leftCompleted(DataKeeper keeper) {
    leftSize = keeper.result.size() - savedCount;
    savedCount = keeper.result.size();
    keeper.prev.trySetPositionAndLen(prevLeftPos, prevLeftLen);
    keeper.current.trySetPositionAndLen(curLeftPos, curLeftLen);
    keeper.prev.setSubtraceLen(prevPar.rightSize());
    keeper.current.setSubtraceLen(currentPar.rightSize());
  }

  void rightCompleted(DataKeeper keeper) {
    long rightSize = keeper.result.size() - savedCount;
    keeper.result.set(placeholder, new ParResult(leftSize, rightSize));
    keeper.prev.trySetPositionAndLen(prevRightPos, prevRightLen);
    keeper.current.trySetPositionAndLen(curRightPos, curRightLen);
  }
}
