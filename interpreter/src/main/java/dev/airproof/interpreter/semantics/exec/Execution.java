package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.data.InterpreterData;
import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.RunParameters;
import dev.airproof.interpreter.semantics.trace.TraceHandler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** The execution and compaction steps of one invocation, producing the new data. */
public final class Execution {
  private Execution() {}

  /**
   * Immutable; what execution produced.
   *
   * @param error the execution error, if any
   * @param data the new data (meaningless for uncatchable errors)
   * @param nextPeers de-duplicated, in order of first appearance
   * @param callRequests new call requests
   * @param unusedCallResults ids of call results that were not consumed
   * @param compactionFailed true when the farewell compaction failed (20001: empty data returned)
   */
  public record Result(Optional<ExecError> error, InterpreterData data, List<String> nextPeers,
      SortedMap<Integer, CallRequest> callRequests,
      java.util.SortedMap<Long, CallServiceResult> unusedCallResults, boolean compactionFailed) {}

  /** Runs {@code script} over the two data. */
  public static Result run(Instruction script, InterpreterData prev, InterpreterData current,
      RunParameters params, Map<Integer, CallServiceResult> callResults,
      java.util.SortedMap<String, String> signatureStore, boolean sign) {
    TraceHandler trace = new TraceHandler(prev.trace(), current.trace());
    ExecutionContext ctx = new ExecutionContext(params, trace,
        new CidState(prev.cidInfo(), current.cidInfo()), prev.lastCallRequestId(), callResults);
    Optional<ExecError> error = Executor.execute(script, ctx);
    boolean compactionFailed = false;
    if (error.isEmpty() || error.get() instanceof ExecError.Catchable) {
      List<Stream> all = new ArrayList<>(ctx.streams.all());
      all.addAll(ctx.streamMaps.all());
      for (Stream s : all) {
        Optional<ExecError> c = NewExecutor.compact(s, ctx);
        if (c.isPresent()) {
          error = c;
          compactionFailed = true;
          break;
        }
      }
    }
    java.util.TreeMap<String, String> sigs = new java.util.TreeMap<>(signatureStore);
    if (sign) {
      dev.airproof.interpreter.data.keys.PeerIdentity me =
          dev.airproof.interpreter.data.keys.PeerIdentity.fromSeed(params.secretKey());
      List<String> cids = new ArrayList<>(ctx.producedCids);
      cids.sort(null);
      sigs.put(me.signatureStoreKey(),
          dev.airproof.interpreter.data.keys.PeerSignature.sign(me, cids, params.particleId()));
    }
    InterpreterData data = InterpreterData.of(trace.resultTrace(), ctx.lastCallRequestId,
        ctx.cids.toCidInfo(), sigs);
    return new Result(error, data, new ArrayList<>(new LinkedHashSet<>(ctx.nextPeers)),
        ctx.callRequests, new java.util.TreeMap<>(ctx.callResults), compactionFailed);
  }
}
