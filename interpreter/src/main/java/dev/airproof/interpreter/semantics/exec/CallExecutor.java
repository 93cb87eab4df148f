package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.Sender;
import dev.airproof.interpreter.data.ValueRef;
import dev.airproof.interpreter.data.jvalue.JValues;
import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.trace.MetCall;
import dev.airproof.interpreter.semantics.trace.TraceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code (call peer (service function) [args] output?)}: the call state machine
 * ({@code instructions/call.rs}, {@code call/resolved_call.rs}, {@code call/prev_result_handler.rs},
 * {@code call/call_result_setter.rs}).
 */
final class CallExecutor {
  private CallExecutor() {}

  static Optional<ExecError> execute(Call call, ExecutionContext ctx) {
    ctx.callTetraplet = null;
    Optional<ExecError> r = run(call, ctx);
    if (r.isPresent() && r.get() instanceof ExecError.Catchable c) {
      if (c.joinable()) {
        ctx.complete = false;
        ctx.recordWait(c);
        return ExecError.OK;
      }
      ctx.errors.setErrors(c, InstructionText.of(call), Optional.ofNullable(ctx.callTetraplet), true,
          ctx.currentPeer());
    }
    return r;
  }

  private static Optional<ExecError> run(Call call, ExecutionContext ctx) {
    String[] triplet = new String[3];
    Value[] parts = {call.peer(), call.service(), call.function()};
    for (int i = 0; i < 3; i++) {
      // A string literal or %init_peer_id% resolves to itself without error: no resolution needed.
      if (parts[i] instanceof StringLiteral lit) {
        triplet[i] = lit.value();
        continue;
      }
      if (parts[i] instanceof InitPeerId) {
        triplet[i] = ctx.params.initPeerId();
        continue;
      }
      Resolver.Result r = Resolver.resolve(parts[i], ctx);
      if (r instanceof Resolver.Result.Err e) {
        return Optional.of(e.error());
      }
      JsonNode v = ((Resolver.Result.Ok) r).value().value();
      if (!v.isTextual()) {
        return ExecError.catchable(10011, "call cannot resolve non-String triplet variable part `"
            + InstructionText.variable(parts[i]) + "` with value '" + JValues.compact(v) + "'");
      }
      triplet[i] = v.textValue();
    }
    Optional<ExecError> out = checkOutput(call, ctx);
    if (out.isPresent()) {
      return out;
    }
    SecurityTetraplet tetraplet = new SecurityTetraplet(triplet[0], triplet[1], triplet[2], "");
    ctx.callTetraplet = tetraplet;
    Args args = collectArgs(call, ctx);
    if (args.error.isPresent() && !ExecError.isJoinable(args.error)) {
      return args.error;
    }
    TraceResult<Optional<MetCall>> merged = ctx.trace.meetCallStart();
    if (merged instanceof TraceResult.Err<Optional<MetCall>> e) {
      return Executor.traceError(e.error(), call);
    }
    Optional<MetCall> met = ((TraceResult.Ok<Optional<MetCall>>) merged).value();
    if (met.isPresent()) {
      ctx.knownSites.add(call.span());
    }
    if (met.isEmpty()) {
      return executeNew(call, tetraplet, args, Optional.empty(), ctx);
    }
    return CallReplay.handle(call, met.get(), tetraplet, args, ctx);
  }

  private static Optional<ExecError> checkOutput(Call call, ExecutionContext ctx) {
    if (call.output().isEmpty() || !(call.output().get() instanceof ScalarName s)) {
      return ExecError.OK;
    }
    if (ctx.scalars.get(s.name()) instanceof SparseMatrix.Get.Value<ValueAggregate>) {
      return ctx.scalars.couldBeSet(s.name()) ? ExecError.OK : shadowing(s.name());
    }
    if (!(ctx.scalars.get(s.name()) instanceof SparseMatrix.Get.Unset<ValueAggregate>)
        && ctx.iterables.containsKey(s.name())) {
      return ExecError.uncatchable(20004, "variable with name '" + s.name()
          + "' can't be shadowed, shadowing isn't supported for iterables");
    }
    return ExecError.OK;
  }

  static Optional<ExecError> shadowing(String name) {
    return ExecError.uncatchable(20007, "trying to shadow variable '" + name
        + "', but shadowing is allowed only inside fold blocks");
  }

  /**
   * Mutable while collected, then read-only; resolved arguments, or the first error met, and their
   * argument hash (AquaVM's {@code argument_hash}: the CID of the JSON array of the values), computed
   * on first use: a replayed call whose result is unused never needs it, and hashing is pure, so when
   * it is computed changes nothing.
   */
  static final class Args {
    final ArrayNode values;
    final List<List<SecurityTetraplet>> tetraplets;
    Optional<ExecError> error = ExecError.OK;
    private Optional<String> hash;

    Args(int count) {
      values = JValues.NODES.arrayNode(count);
      tetraplets = new ArrayList<>(count);
    }

    /** The argument hash; empty when an argument did not resolve. */
    Optional<String> hash() {
      if (hash == null) {
        hash = error.isPresent() ? Optional.empty()
            : Optional.of(CidHasher.ofJsonText(JValues.compact(values)));
      }
      return hash;
    }
  }

  private static Args collectArgs(Call call, ExecutionContext ctx) {
    Args a = new Args(call.args().size());
    for (Value v : call.args()) {
      Resolver.Result r = Resolver.resolve(v, ctx);
      if (r instanceof Resolver.Result.Err e) {
        a.error = Optional.of(e.error());
        return a;
      }
      Resolved ok = ((Resolver.Result.Ok) r).value();
      a.values.add(ok.value());
      a.tetraplets.add(ok.tetraplets());
    }
    return a;
  }

  /**
   * No usable previous state (or a RequestSentBy of another peer for a local call): forward a remote
   * call, or issue a local request.
   */
  static Optional<ExecError> executeNew(Call call, SecurityTetraplet tetraplet, Args args,
      Optional<CallResult> prevState, ExecutionContext ctx) {
    if (!tetraplet.peerPk().equals(ctx.currentPeer())) {
      ctx.knownSites.add(call.span());
      ctx.nextPeers.add(tetraplet.peerPk());
      ctx.complete = false;
      ctx.trace.meetCallEnd(new CallResult.RequestSentBy(new Sender.PeerId(ctx.currentPeer())));
      return ExecError.OK;
    }
    if (args.error.isPresent()) {
      prevState.ifPresent(ctx.trace::meetCallEnd);
      return args.error;
    }
    ctx.knownSites.add(call.span());
    long id = ++ctx.lastCallRequestId;
    List<JsonNode> argValues = new ArrayList<>();
    args.values.forEach(argValues::add);
    ctx.callRequests.put((int) id, new CallRequest(tetraplet.serviceId(), tetraplet.functionName(),
        argValues, args.tetraplets));
    ctx.recordCallSite(id, call.span());
    ctx.complete = false;
    ctx.trace.meetCallEnd(new CallResult.RequestSentBy(
        new Sender.PeerIdWithCallId(ctx.currentPeer(), id)));
    return ExecError.OK;
  }

  /** Consumes a service answer for a pending local request. */
  static Optional<ExecError> consume(Call call, CallServiceResult result, SecurityTetraplet t,
      String argHash, ExecutionContext ctx) {
    if (result.retCode() != 0) {
      return fail(result.retCode(), result.result(), t, argHash, true, ctx);
    }
    Optional<JsonNode> value = JValues.parse(result.result());
    if (value.isEmpty()) {
      String msg = "call_service result '" + display(result) + "' can't be serialized or"
          + " deserialized with an error: " + JValues.parseError(result.result()).orElse("");
      return fail(Integer.MAX_VALUE, msg, t, argHash, false, ctx);
    }
    long pos = ctx.trace.tracePos();
    if (call.output().isEmpty()) {
      ctx.trace.meetCallEnd(new CallResult.Executed(new ValueRef.Unused(
          CidHasher.ofJsonText(JValues.compact(value.get())))));
      return ExecError.OK;
    }
    String cid = ctx.cids.trackServiceResult(value.get(), t, argHash);
    ValueAggregate agg = new ValueAggregate(value.get(), t, CidState.serviceProvenance(cid), pos);
    ctx.recordCid(t.peerPk(), cid);
    return switch (call.output().get()) {
      case ScalarName s -> {
        if (!ctx.scalars.set(s.name(), agg)) {
          yield shadowing(s.name());
        }
        ctx.trace.meetCallEnd(new CallResult.Executed(new ValueRef.Scalar(cid)));
        yield ExecError.OK;
      }
      case StreamName s -> {
        boolean ok = ctx.streams.getOrCreate(s.name(), s.span().offset()).addNew(agg);
        ctx.trace.meetCallEnd(new CallResult.Executed(new ValueRef.Stream(cid, 0)));
        yield ok ? ExecError.OK : streamLimit();
      }
    };
  }

  static Optional<ExecError> streamLimit() {
    return ExecError.uncatchable(20013, "stream size goes over the allowed limit of 1024");
  }

  private static String display(CallServiceResult r) {
    return "ret_code: " + r.retCode() + ", result: '" + r.result() + "'";
  }

  /**
   * Records a Failed state. AquaVM 0.62 registers the CID for signing only for service errors,
   * not for results that are not JSON ({@code try_to_service_result}); peers receiving such data then
   * reject it with a signature mismatch (9).
   */
  private static Optional<ExecError> fail(int retCode, String message, SecurityTetraplet t,
      String argHash, boolean sign, ExecutionContext ctx) {
    ObjectNode failed = JValues.NODES.objectNode();
    failed.put("message", message);
    failed.put("ret_code", retCode);
    String cid = ctx.cids.trackServiceResult(failed, t, argHash);
    if (sign) {
      ctx.recordCid(t.peerPk(), cid);
    }
    ctx.trace.meetCallEnd(new CallResult.Failed(cid));
    return localServiceError(retCode, message);
  }

  static Optional<ExecError> localServiceError(long retCode, String message) {
    return ExecError.catchable(10000, "Local service error, ret_code is " + retCode
        + ", error message is '" + message + "'");
  }
}
