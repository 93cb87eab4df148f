package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ApResult;
import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.CanonResult;
import dev.airproof.interpreter.data.ExecutedState;
import dev.airproof.interpreter.data.FoldResult;
import dev.airproof.interpreter.data.ParResult;
import dev.airproof.interpreter.data.ValueRef;
import dev.airproof.interpreter.semantics.trace.FoldLoreResolver.Resolved;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable; the trace handler of one invocation ({@code trace-handler/src/handler.rs}): instructions
 * call {@code meet*Start} to pull a merged state and {@code meet*End} to append the resulting state.
 */
public final class TraceHandler {
  private final DataKeeper keeper;
  private final Deque<ParFsm> pars = new ArrayDeque<>();
  private final Map<Long, FoldFsm> folds = new HashMap<>();

  /** A handler over the two input traces. */
  public TraceHandler(List<ExecutedState> prevTrace, List<ExecutedState> currentTrace) {
    this.keeper = new DataKeeper(prevTrace, currentTrace);
  }

  /** The position the next appended state will get. */
  public long tracePos() {
    return keeper.nextPos();
  }

  /** The result trace so far (a copy). */
  public List<ExecutedState> resultTrace() {
    return List.copyOf(keeper.result);
  }

  /** Pulls the merged call state; empty when neither trace has one here. */
  public TraceResult<Optional<MetCall>> meetCallStart() {
    return CallMerger.merge(keeper);
  }

  /** Appends a call state. */
  public void meetCallEnd(CallResult result) {
    keeper.result.add(result);
  }

  /** Pulls the merged ap state. */
  public TraceResult<Optional<MetAp>> meetApStart() {
    return ApMerger.merge(keeper);
  }

  /** Appends an ap state. */
  public void meetApEnd(ApResult result) {
    keeper.result.add(result);
  }

  /** Pulls the merged canon state. */
  public TraceResult<Optional<CanonResult>> meetCanonStart() {
    return CanonMerger.merge(keeper);
  }

  /** Appends a canon state. */
  public void meetCanonEnd(CanonResult result) {
    keeper.result.add(result);
  }

  /** The par state of a trace that has none here. */
  private static final ParResult NO_PAR = new ParResult(0, 0);

  /** Starts a par: merges Par states, pushes the placeholder and sets the left windows. */
  public Optional<TraceError> meetParStart() {
    ExecutedState p = keeper.prev.next();
    ExecutedState c = keeper.current.next();
    if (p != null && !(p instanceof ParResult) || c != null && !(c instanceof ParResult)) {
      return error(Mergers.incompatible(Optional.ofNullable(p), Optional.ofNullable(c), "par"));
    }
    ParResult prev = p == null ? NO_PAR : (ParResult) p;
    ParResult cur = c == null ? NO_PAR : (ParResult) c;
    TraceError[] error = new TraceError[1];
    ParFsm fsm = ParFsm.start(keeper, prev, cur, error);
    if (fsm == null) {
      return Optional.of(error[0]);
    }
    pars.push(fsm);
    return Optional.empty();
  }

  /** Ends the left subgraph of the innermost par. */
  public Optional<TraceError> meetParLeftEnd() {
    if (pars.isEmpty()) {
      return Optional.of(new TraceError("par queue is empty, while par FSM is requested"));
    }
    pars.peek().leftCompleted(keeper);
    return Optional.empty();
  }

  /** Ends the right subgraph of the innermost par and writes its sizes. */
  public Optional<TraceError> meetParRightEnd() {
    if (pars.isEmpty()) {
      return Optional.of(new TraceError("par queue is empty, while par FSM is requested"));
    }
    pars.pop().rightCompleted(keeper);
    return Optional.empty();
  }

  /** Starts a stream fold with the given id. */
  public Optional<TraceError> meetFoldStart(long foldId) {
    Optional<ExecutedState> p = keeper.prev.nextState();
    Optional<ExecutedState> c = keeper.current.nextState();
    if (p.isPresent() && !(p.get() instanceof FoldResult)
        || c.isPresent() && !(c.get() instanceof FoldResult)) {
      return error(Mergers.incompatible(p, c, "fold"));
    }
    TraceResult<Resolved> prev = p.isPresent()
        ? FoldLoreResolver.resolve((FoldResult) p.get(), keeper.prev) : TraceResult.ok(Resolved.empty());
    if (prev instanceof TraceResult.Err<Resolved> e) {
      return Optional.of(e.error());
    }
    TraceResult<Resolved> cur = c.isPresent()
        ? FoldLoreResolver.resolve((FoldResult) c.get(), keeper.current)
        : TraceResult.ok(Resolved.empty());
    if (cur instanceof TraceResult.Err<Resolved> e) {
      return Optional.of(e.error());
    }
    TraceResult<FoldFsm> fsm = FoldFsm.start(keeper, ((TraceResult.Ok<Resolved>) prev).value(),
        ((TraceResult.Ok<Resolved>) cur).value());
    return switch (fsm) {
      case TraceResult.Ok<FoldFsm> ok -> {
        folds.put(foldId, ok.value());
        yield Optional.empty();
      }
      case TraceResult.Err<FoldFsm> err -> Optional.of(err.error());
    };
  }

  /** Starts an iteration over the value at result position {@code valuePos}. */
  public Optional<TraceError> meetIterationStart(long foldId, long valuePos) {
    return fold(foldId).map(f -> f.iterationStart(valuePos, keeper))
        .orElseGet(() -> Optional.of(noFold(foldId)));
  }

  /** The body reached {@code next}. */
  public Optional<TraceError> meetIterationEnd(long foldId) {
    Optional<FoldFsm> f = fold(foldId);
    f.ifPresent(x -> x.iterationEnd(keeper));
    return f.isPresent() ? Optional.empty() : Optional.of(noFold(foldId));
  }

  /** Unwinding after {@code next}. */
  public Optional<TraceError> meetBackIterator(long foldId) {
    return fold(foldId).map(f -> f.backIterator(keeper))
        .orElseGet(() -> Optional.of(noFold(foldId)));
  }

  /** One generation pass is over. */
  public Optional<TraceError> meetGenerationEnd(long foldId) {
    Optional<FoldFsm> f = fold(foldId);
    f.ifPresent(x -> x.generationEnd(keeper));
    return f.isPresent() ? Optional.empty() : Optional.of(noFold(foldId));
  }

  /** The fold is over: writes its Fold state. */
  public Optional<TraceError> meetFoldEnd(long foldId) {
    FoldFsm f = folds.remove(foldId);
    if (f == null) {
      return Optional.of(noFold(foldId));
    }
    f.foldEnd(keeper);
    return Optional.empty();
  }

  /**
   * Rewrites the generation of the stream value at result position {@code pos} (compaction).
   *
   * @return an error message when the position holds no stream value
   */
  public Optional<String> updateGeneration(long pos, long generation) {
    if (pos < 0 || pos >= keeper.result.size()) {
      return Optional.of("trying to change generation of an invalid trace position " + pos);
    }
    ExecutedState s = keeper.result.get((int) pos);
    if (s instanceof ApResult) {
      keeper.result.set((int) pos, new ApResult(List.of(generation)));
      return Optional.empty();
    }
    if (s instanceof CallResult.Executed e && e.value() instanceof ValueRef.Stream st) {
      keeper.result.set((int) pos,
          new CallResult.Executed(new ValueRef.Stream(st.cid(), generation)));
      return Optional.empty();
    }
    return Optional.of("trying to change generation of an invalid trace state "
        + StateDebug.of(s) + " at position " + pos);
  }

  private Optional<FoldFsm> fold(long id) {
    return Optional.ofNullable(folds.get(id));
  }

  private static TraceError noFold(long id) {
    return new TraceError("fold FSM for fold id " + id + " wasn't found");
  }

  private static Optional<TraceError> error(TraceResult<?> r) {
    return r instanceof TraceResult.Err<?> e ? Optional.of(e.error()) : Optional.empty();
  }
}
