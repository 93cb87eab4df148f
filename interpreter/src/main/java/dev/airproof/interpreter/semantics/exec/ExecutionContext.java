package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.RunParameters;
import dev.airproof.interpreter.semantics.trace.TraceHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mutable; everything one invocation's execution reads and writes besides the AST
 * ({@code execution_context/context.rs}).
 */
public final class ExecutionContext {
  final RunParameters params;
  final TraceHandler trace;
  final CidState cids;
  final SparseMatrix<ValueAggregate> scalars = new SparseMatrix<>();
  final SparseMatrix<CanonStream> canons = new SparseMatrix<>();
  final Map<String, FoldState> iterables = new HashMap<>();
  final Streams streams = new Streams();
  final Streams streamMaps = new Streams();
  final SparseMatrix<CanonMapValue> canonMaps = new SparseMatrix<>();
  final ErrorState errors = new ErrorState();
  final Map<Long, CallServiceResult> callResults;
  final TreeMap<Integer, CallRequest> callRequests = new TreeMap<>();
  final List<String> nextPeers = new ArrayList<>();
  final List<String> producedCids = new ArrayList<>();
  /** Insight: instructions that waited on a variable in this invocation. */
  final List<dev.airproof.interpreter.semantics.JoinWait> waits = new ArrayList<>();
  /** Insight: the call instance behind each new call request. */
  final TreeMap<Integer, dev.airproof.interpreter.semantics.CallSite> callSites = new TreeMap<>();
  /** Insight: call and canon instructions with a state in the result trace. */
  final java.util.Set<dev.airproof.interpreter.ast.Span> knownSites = new java.util.HashSet<>();
  /** The instruction being executed (innermost), for insight records. */
  dev.airproof.interpreter.ast.Instruction current;
  long lastCallRequestId;
  /**
   * The tetraplet of the call being executed, once its triplet resolved (null before): the
   * {@code :error:} of a failed call names it.
   */
  dev.airproof.interpreter.data.SecurityTetraplet callTetraplet;
  long foldStreamCounter;
  boolean complete = true;

  private List<dev.airproof.interpreter.data.SecurityTetraplet> literalTetraplets;

  /** The tetraplets of every literal of this run: the init peer's literal tetraplet (one list). */
  List<dev.airproof.interpreter.data.SecurityTetraplet> literalTetraplets() {
    if (literalTetraplets == null) {
      literalTetraplets = List.of(
          dev.airproof.interpreter.data.SecurityTetraplet.literal(params.initPeerId()));
    }
    return literalTetraplets;
  }

  ExecutionContext(RunParameters params, TraceHandler trace, CidState cids, long lcid,
      Map<Integer, CallServiceResult> callResults) {
    this.params = params;
    this.trace = trace;
    this.cids = cids;
    this.lastCallRequestId = lcid;
    this.callResults = new HashMap<>();
    callResults.forEach((k, v) -> this.callResults.put((long) k, v));
  }

  String currentPeer() {
    return params.currentPeerId();
  }

  /**
   * Insight: the current instruction could not run because {@code error} (a join) says a variable has
   * no value yet. The variable is read from AquaVM's message ("variable with name 'x' ...").
   */
  void recordWait(ExecError.Catchable error) {
    if (current == null) {
      return;
    }
    String m = error.message();
    int a = m.indexOf('\'');
    int b = a < 0 ? -1 : m.indexOf('\'', a + 1);
    String variable = b > a ? m.substring(a + 1, b) : m;
    waits.add(new dev.airproof.interpreter.semantics.JoinWait(current.span(),
        InstructionText.of(current), variable));
  }

  /**
   * Insight: call request {@code id} asks for the call instance at {@code span} in the current fold
   * iterations (outermost first; a scalar fold's element index, a stream fold's value position).
   */
  void recordCallSite(long id, dev.airproof.interpreter.ast.Span span) {
    List<FoldState> folds = new ArrayList<>(iterables.values());
    folds.sort(java.util.Comparator.comparingInt((FoldState f) -> f.body.span().offset())
        .thenComparing(f -> -f.body.span().length()));
    List<Long> path = new ArrayList<>();
    for (FoldState f : folds) {
      path.add(f.streamFoldId.isPresent() && !f.items.isEmpty() ? f.peek().tracePos() : (long) f.cursor);
    }
    callSites.put((int) id, new dev.airproof.interpreter.semantics.CallSite(span, path));
  }

  /** Records a CID produced (or re-met) by the current peer for signing. */
  void recordCid(String peer, String cid) {
    if (peer.equals(params.currentPeerId())) {
      producedCids.add(cid);
    }
  }
}
