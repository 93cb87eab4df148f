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
  long lastCallRequestId;
  long foldStreamCounter;
  boolean complete = true;

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

  /** Records a CID produced (or re-met) by the current peer for signing. */
  void recordCid(String peer, String cid) {
    if (peer.equals(params.currentPeerId())) {
      producedCids.add(cid);
    }
  }
}
