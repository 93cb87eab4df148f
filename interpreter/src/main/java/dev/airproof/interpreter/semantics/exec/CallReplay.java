package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.Sender;
import dev.airproof.interpreter.data.ServiceResultAggregate;
import dev.airproof.interpreter.data.ValueRef;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.trace.MetCall;
import dev.airproof.interpreter.semantics.trace.StateDebug;
import dev.airproof.interpreter.semantics.trace.ValueSource;
import java.util.Optional;

/** A call whose state was met in the data ({@code call/prev_result_handler.rs}). */
final class CallReplay {
  private CallReplay() {}

  static Optional<ExecError> handle(Call call, MetCall met, SecurityTetraplet t,
      CallExecutor.Args args, ExecutionContext ctx) {
    String me = ctx.currentPeer();
    return switch (met.result()) {
      case CallResult.Failed f -> failed(f, t, args, ctx);
      case CallResult.RequestSentBy r when r.sender() instanceof Sender.PeerIdWithCallId w
          && w.peerId().equals(me) -> pending(call, met, w.callId(), t, args, ctx);
      case CallResult.RequestSentBy r -> {
        if (t.peerPk().equals(me)) {
          yield CallExecutor.executeNew(call, t, args, Optional.of(met.result()), ctx);
        }
        ctx.complete = false;
        ctx.trace.meetCallEnd(met.result());
        yield ExecError.OK;
      }
      case CallResult.Executed e -> executed(call, met, e.value(), t, args, ctx);
    };
  }

  private static Optional<ExecError> pending(Call call, MetCall met, long id, SecurityTetraplet t,
      CallExecutor.Args args, ExecutionContext ctx) {
    CallServiceResult r = ctx.callResults.remove(id);
    if (r == null) {
      ctx.complete = false;
      ctx.trace.meetCallEnd(met.result());
      return ExecError.OK;
    }
    Optional<String> argHash = args.hash();
    if (argHash.isEmpty()) {
      return ExecError.uncatchable(20017, "call argument_hash doesn't match expected parameters:"
          + " arguments of a pending call are not resolved");
    }
    return CallExecutor.consume(call, r, t, argHash.get(), ctx);
  }

  private static Optional<ExecError> failed(CallResult.Failed f, SecurityTetraplet t,
      CallExecutor.Args args, ExecutionContext ctx) {
    Info info = resolve(f.cid(), ctx);
    if (info.error.isPresent()) {
      return info.error;
    }
    Optional<ExecError> v = verify(args.hash(), t, info);
    if (v.isPresent()) {
      return v;
    }
    JsonNode value = info.value;
    if (!value.isObject() || !value.has("ret_code") || !value.has("message")
        || !value.get("ret_code").isIntegralNumber() || !value.get("ret_code").canConvertToInt()
        || !value.get("message").isTextual()) {
      return ExecError.uncatchable(20012, "failed to deserialize to CallServiceFailed: "
          + dev.airproof.interpreter.data.jvalue.JValues.compact(value));
    }
    ctx.complete = false;
    ctx.recordCid(t.peerPk(), f.cid());
    ctx.trace.meetCallEnd(f);
    return CallExecutor.localServiceError(value.get("ret_code").intValue(),
        value.get("message").textValue());
  }

  private static Optional<ExecError> executed(Call call, MetCall met, ValueRef ref,
      SecurityTetraplet t, CallExecutor.Args args, ExecutionContext ctx) {
    Optional<CallOutput> out = call.output();
    boolean matches = switch (ref) {
      case ValueRef.Scalar s -> out.isPresent() && out.get() instanceof ScalarName;
      case ValueRef.Stream s -> out.isPresent() && out.get() instanceof StreamName;
      case ValueRef.Unused u -> out.isEmpty();
    };
    if (!matches) {
      return ExecError.uncatchable(20006, "call result value " + StateDebug.of(ref)
          + " doesn't match with corresponding instruction");
    }
    if (ref instanceof ValueRef.Unused) {
      ctx.trace.meetCallEnd(met.result());
      return ExecError.OK;
    }
    String cid = ref instanceof ValueRef.Scalar s ? s.cid() : ((ValueRef.Stream) ref).cid();
    Info info = resolve(cid, ctx);
    if (info.error.isPresent()) {
      return info.error;
    }
    Optional<ExecError> v = verify(args.hash(), t, info);
    if (v.isPresent()) {
      return v;
    }
    ValueAggregate agg = new ValueAggregate(info.value, t, CidState.serviceProvenance(cid),
        met.tracePos());
    Optional<ExecError> set = switch (out.get()) {
      case ScalarName s -> ctx.scalars.set(s.name(), agg) ? ExecError.OK
          : CallExecutor.shadowing(s.name());
      case StreamName s -> addReplayed(ctx, s, agg, met.source(), ((ValueRef.Stream) ref).generation());
    };
    if (set.isPresent()) {
      return set;
    }
    ctx.recordCid(t.peerPk(), cid);
    ctx.trace.meetCallEnd(met.result());
    return ExecError.OK;
  }

  static Optional<ExecError> addReplayed(ExecutionContext ctx, StreamName s, ValueAggregate agg,
      ValueSource source, long generation) {
    Stream stream = ctx.streams.getOrCreate(s.name(), s.span().offset());
    boolean ok = source == ValueSource.PREVIOUS_DATA ? stream.addPrevious(agg, generation)
        : stream.addCurrent(agg, generation);
    return ok ? ExecError.OK : CallExecutor.streamLimit();
  }

  private static Optional<ExecError> verify(Optional<String> argHash, SecurityTetraplet t, Info i) {
    if (argHash.isEmpty()) {
      return ExecError.uncatchable(20017, "call argument_hash doesn't match expected parameters:"
          + " expected unresolved arguments, got " + i.agg.argumentHash() + " ");
    }
    if (!argHash.get().equals(i.agg.argumentHash())) {
      return ExecError.uncatchable(20017, "call argument_hash doesn't match expected parameters:"
          + " expected " + argHash.get() + ", got " + i.agg.argumentHash() + " ");
    }
    if (!t.equals(i.tetraplet)) {
      return ExecError.uncatchable(20017, "call tetraplet doesn't match expected parameters:"
          + " expected " + debug(t) + ", got " + debug(i.tetraplet) + " ");
    }
    return ExecError.OK;
  }

  static String debug(SecurityTetraplet t) {
    return "SecurityTetraplet { peer_pk: \"" + t.peerPk() + "\", service_id: \"" + t.serviceId()
        + "\", function_name: \"" + t.functionName() + "\", lens: \"" + t.lens() + "\" }";
  }

  /** Mutable holder of a resolved service result. */
  private static final class Info {
    ServiceResultAggregate agg;
    JsonNode value;
    SecurityTetraplet tetraplet;
    Optional<ExecError> error = ExecError.OK;
  }

  private static Info resolve(String cid, ExecutionContext ctx) {
    Info info = new Info();
    CidState.Lookup<ServiceResultAggregate> a = ctx.cids.serviceResult(cid);
    if (a instanceof CidState.Lookup.Missing<ServiceResultAggregate> m) {
      info.error = Optional.of(m.error());
      return info;
    }
    info.agg = ((CidState.Lookup.Found<ServiceResultAggregate>) a).value();
    CidState.Lookup<JsonNode> v = ctx.cids.value(info.agg.valueCid());
    if (v instanceof CidState.Lookup.Missing<JsonNode> m) {
      info.error = Optional.of(m.error());
      return info;
    }
    info.value = ((CidState.Lookup.Found<JsonNode>) v).value();
    CidState.Lookup<SecurityTetraplet> tt = ctx.cids.tetraplet(info.agg.tetrapletCid());
    if (tt instanceof CidState.Lookup.Missing<SecurityTetraplet> m) {
      info.error = Optional.of(m.error());
      return info;
    }
    info.tetraplet = ((CidState.Lookup.Found<SecurityTetraplet>) tt).value();
    return info;
  }
}
