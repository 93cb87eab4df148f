package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.FoldResult;
import dev.airproof.interpreter.data.FoldSubTraceLore;
import dev.airproof.interpreter.data.SubTraceDesc;
import dev.airproof.interpreter.semantics.trace.FoldLoreResolver.Descs;
import dev.airproof.interpreter.semantics.trace.FoldLoreResolver.Resolved;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mutable; the state machine of one stream fold: placeholder state, per-iteration lore
 * construction and slider windows from the resolved input lore ({@code state_automata/fold_fsm.rs}).
 */
final class FoldFsm {
  private final Resolved prevFold;
  private final Resolved currentFold;
  private final int placeholder;
  private final long[] finalPrev;
  private final long[] finalCurrent;
  private final List<Ctor> queue = new ArrayList<>();
  private final List<FoldSubTraceLore> resultLore = new ArrayList<>();
  private int backPos;
  private boolean backStarted;

  private FoldFsm(Resolved prev, Resolved cur, int placeholder, long[] fp, long[] fc) {
    this.prevFold = prev;
    this.currentFold = cur;
    this.placeholder = placeholder;
    this.finalPrev = fp;
    this.finalCurrent = fc;
  }

  static TraceResult<FoldFsm> start(DataKeeper keeper, Resolved prev, Resolved cur) {
    int placeholder = keeper.result.size();
    keeper.result.add(new dev.airproof.interpreter.data.ParResult(0, 0));
    long[] fp = {keeper.prev.position() + prev.statesCount, keeper.prev.subtraceLen() - prev.statesCount};
    long[] fc = {keeper.current.position() + cur.statesCount,
        keeper.current.subtraceLen() - cur.statesCount};
    if (fp[0] > 0xFFFF_FFFFL || fc[0] > 0xFFFF_FFFFL) {
      return TraceResult.err("overflow is occurred while calculating the new position of a slider"
          + " for resolved fold");
    }
    if (fp[1] < 0 || fc[1] < 0) {
      return TraceResult.err("underflow is occurred while calculating the new position of a slider"
          + " for resolved fold");
    }
    return TraceResult.ok(new FoldFsm(prev, cur, placeholder, fp, fc));
  }

  Optional<TraceError> iterationStart(long valuePos, DataKeeper keeper) {
    Optional<Descs> p = keeper.prevPosOf(valuePos).map(prevFold.lore::remove);
    Optional<Descs> c = keeper.currentPosOf(valuePos).map(currentFold.lore::remove);
    Optional<TraceError> err = apply(keeper.prev, p, true).or(() -> apply(keeper.current, c, true));
    if (err.isPresent()) {
      return err;
    }
    queue.add(new Ctor(valuePos, keeper.nextPos(), p, c));
    backPos++;
    return Optional.empty();
  }

  void iterationEnd(DataKeeper keeper) {
    queue.get(backPos - 1).beforeEnd(keeper.nextPos());
  }

  Optional<TraceError> backIterator(DataKeeper keeper) {
    if (!backStarted) {
      Ctor ctor = queue.get(backPos - 1);
      ctor.maybeBeforeEnd(keeper.nextPos());
      ctor.afterStart(keeper.nextPos());
      backStarted = true;
      return applyAfter(keeper, ctor);
    }
    queue.get(backPos - 1).afterEnd(keeper.nextPos());
    backPos--;
    Ctor ctor = queue.get(backPos - 1);
    ctor.afterStart(keeper.nextPos());
    return applyAfter(keeper, ctor);
  }

  private static Optional<TraceError> applyAfter(DataKeeper keeper, Ctor ctor) {
    return apply(keeper.prev, ctor.prevLore, false)
        .or(() -> apply(keeper.current, ctor.currentLore, false));
  }

  private static Optional<TraceError> apply(TraceSlider slider, Optional<Descs> lore, boolean before) {
    if (lore.isEmpty()) {
      return slider.setSubtraceLen(0);
    }
    SubTraceDesc d = before ? lore.get().before() : lore.get().after();
    return slider.setPositionAndLen(d.beginPos(), d.subtraceLen());
  }

  void generationEnd(DataKeeper keeper) {
    for (Ctor c : queue) {
      c.finish(keeper.nextPos());
    }
    backPos = 0;
    backStarted = false;
    for (Ctor c : queue) {
      resultLore.add(c.toLore());
    }
    queue.clear();
  }

  void foldEnd(DataKeeper keeper) {
    keeper.result.set(placeholder, new FoldResult(resultLore));
    keeper.prev.trySetPositionAndLen(finalPrev[0], finalPrev[1]);
    keeper.current.trySetPositionAndLen(finalCurrent[0], finalCurrent[1]);
  }

  /** Mutable; builds the lore of one iteration ({@code lore_ctor.rs}). */
  private static final class Ctor {
    private final long valuePos;
    private final Optional<Descs> prevLore;
    private final Optional<Descs> currentLore;
    private final long beforeStart;
    private long beforeEnd;
    private long afterStart;
    private long afterEnd;
    private int state;

    Ctor(long valuePos, long beforeStart, Optional<Descs> p, Optional<Descs> c) {
      this.valuePos = valuePos;
      this.beforeStart = beforeStart;
      this.prevLore = p;
      this.currentLore = c;
    }

    void beforeEnd(long pos) {
      beforeEnd = pos;
      next();
    }

    void maybeBeforeEnd(long pos) {
      if (state == 0) {
        beforeEnd(pos);
      }
    }

    void afterStart(long pos) {
      afterStart = pos;
      next();
    }

    void afterEnd(long pos) {
      afterEnd = pos;
      next();
    }

    private void next() {
      state = Math.min(state + 1, 3);
    }

    void finish(long pos) {
      switch (state) {
        case 0 -> {
          beforeEnd(pos);
          afterStart(pos);
          afterEnd(pos);
        }
        case 1 -> {
          afterStart(pos);
          afterEnd(pos);
        }
        case 2 -> afterEnd(pos);
        default -> { }
      }
    }

    FoldSubTraceLore toLore() {
      return new FoldSubTraceLore(valuePos, List.of(
          new SubTraceDesc(beforeStart, (beforeEnd - beforeStart) & 0xFFFF_FFFFL),
          new SubTraceDesc(afterStart, (afterEnd - afterStart) & 0xFFFF_FFFFL)));
    }
  }
}
