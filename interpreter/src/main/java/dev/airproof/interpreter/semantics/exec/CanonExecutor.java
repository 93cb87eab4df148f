package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.CanonResult;
import dev.airproof.interpreter.data.CanonResultAggregate;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.semantics.trace.TraceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code (canon peer $stream #canon)}: hops, snapshots and frozen replays ({@code canon.rs}). */
final class CanonExecutor {
  private CanonExecutor() {}

  static Optional<ExecError> execute(Canon c, ExecutionContext ctx) {
    TraceResult<Optional<CanonResult>> m = ctx.trace.meetCanonStart();
    if (m instanceof TraceResult.Err<Optional<CanonResult>> e) {
      return Executor.traceError(e.error(), c);
    }
    Optional<CanonResult> met = ((TraceResult.Ok<Optional<CanonResult>>) m).value();
    Resolver.Result peer = Resolver.resolve(c.peer(), ctx);
    if (peer instanceof Resolver.Result.Err e) {
      return met.isEmpty() ? Executor.joinOrFail(e.error(), ctx) : Optional.of(e.error());
    }
    JsonNode p = ((Resolver.Result.Ok) peer).value().value();
    if (!p.isTextual()) {
      return ExecError.catchable(10011, "call cannot resolve non-String triplet variable part `"
          + InstructionText.value(c.peer()) + "` with value '"
          + dev.airproof.interpreter.data.jvalue.JValues.compact(p) + "'");
    }
    String peerId = p.textValue();
    if (met.isEmpty()) {
      if (!peerId.equals(ctx.currentPeer())) {
        ctx.complete = false;
        ctx.nextPeers.add(peerId);
        ctx.trace.meetCanonEnd(new CanonResult.RequestSentBy(ctx.currentPeer()));
        return ExecError.OK;
      }
      return snapshot(c, peerId, ctx);
    }
    return switch (met.get()) {
      case CanonResult.RequestSentBy r -> {
        if (!peerId.equals(ctx.currentPeer())) {
          ctx.complete = false;
          ctx.trace.meetCanonEnd(r);
          yield ExecError.OK;
        }
        yield snapshot(c, peerId, ctx);
      }
      case CanonResult.Executed x -> replay(c, x.cid(), peerId, ctx);
    };
  }

  private static Optional<ExecError> snapshot(Canon c, String peerId, ExecutionContext ctx) {
    List<ValueAggregate> values = ctx.streams.get(c.stream().name(), c.stream().span().offset())
        .map(Stream::values).orElse(List.of());
    List<String> cids = new ArrayList<>();
    for (ValueAggregate v : values) {
      cids.add(ctx.cids.trackCanonElement(v));
    }
    SecurityTetraplet t = new SecurityTetraplet(peerId, "", "", "");
    String cid = ctx.cids.trackCanonResult(new CanonResultAggregate(ctx.cids.trackTetraplet(t), cids));
    ctx.recordCid(peerId, cid);
    return bind(c, new CanonStream(values, t, cid), ctx);
  }

  private static Optional<ExecError> replay(Canon c, String cid, String peerId, ExecutionContext ctx) {
    SecurityTetraplet expected = new SecurityTetraplet(peerId, "", "", "");
    CidState.Lookup<CanonResultAggregate> agg = ctx.cids.canonResult(cid);
    if (agg instanceof CidState.Lookup.Missing<CanonResultAggregate> m) {
      return Optional.of(m.error());
    }
    CanonResultAggregate a = ((CidState.Lookup.Found<CanonResultAggregate>) agg).value();
    CidState.Lookup<SecurityTetraplet> t = ctx.cids.tetraplet(a.tetrapletCid());
    if (t instanceof CidState.Lookup.Missing<SecurityTetraplet> m) {
      return Optional.of(m.error());
    }
    SecurityTetraplet stored = ((CidState.Lookup.Found<SecurityTetraplet>) t).value();
    if (!stored.equals(expected)) {
      return ExecError.uncatchable(20017, "canon tetraplet doesn't match expected parameters:"
          + " expected " + CallReplay.debug(expected) + ", got " + CallReplay.debug(stored) + " ");
    }
    List<ValueAggregate> values = new ArrayList<>();
    for (String el : a.values()) {
      CidState.Lookup<ValueAggregate> v = ctx.cids.canonElement(el);
      if (v instanceof CidState.Lookup.Missing<ValueAggregate> m) {
        return Optional.of(m.error());
      }
      values.add(((CidState.Lookup.Found<ValueAggregate>) v).value());
    }
    ctx.recordCid(stored.peerPk(), cid);
    return bind(c, new CanonStream(values, stored, cid), ctx);
  }

  private static Optional<ExecError> bind(Canon c, CanonStream canon, ExecutionContext ctx) {
    if (!ctx.canons.set(c.canon().name(), canon)) {
      return CallExecutor.shadowing(c.canon().name());
    }
    ctx.trace.meetCanonEnd(new CanonResult.Executed(canon.cid()));
    return ExecError.OK;
  }
}
