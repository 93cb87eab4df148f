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

  /** Binds a canon value (canon stream, canon map or scalar) to its destination. */
  interface Binder {
    Optional<ExecError> bind(CanonStream canon, ExecutionContext ctx);
  }

  static Optional<ExecError> execute(Canon c, ExecutionContext ctx) {
    StreamName s = c.stream();
    return run(c, c.peer(), () -> ctx.streams.get(s.name(), s.span().offset())
        .map(Stream::values).orElse(List.of()), (canon, cx) -> cx.canons.set(c.canon().name(), canon)
            ? ExecError.OK : CallExecutor.shadowing(c.canon().text()), ctx);
  }

  /** The canon protocol shared by the three canon forms ({@code canon_utils/mod.rs}). */
  static Optional<ExecError> run(Instruction c, Value peerValue,
      java.util.function.Supplier<List<ValueAggregate>> source, Binder binder, ExecutionContext ctx) {
    TraceResult<Optional<CanonResult>> m = ctx.trace.meetCanonStart();
    if (m instanceof TraceResult.Err<Optional<CanonResult>> e) {
      return Executor.traceError(e.error(), c);
    }
    Optional<CanonResult> met = ((TraceResult.Ok<Optional<CanonResult>>) m).value();
    if (met.isPresent()) {
      ctx.knownSites.add(c.span());
    }
    Resolver.Result peer = Resolver.resolve(peerValue, ctx);
    if (peer instanceof Resolver.Result.Err e) {
      return met.isEmpty() ? Executor.joinOrFail(e.error(), ctx) : Optional.of(e.error());
    }
    JsonNode p = ((Resolver.Result.Ok) peer).value().value();
    if (!p.isTextual()) {
      return ExecError.catchable(10011, "call cannot resolve non-String triplet variable part `"
          + InstructionText.variable(peerValue) + "` with value '"
          + dev.airproof.interpreter.data.jvalue.JValues.compact(p) + "'");
    }
    String peerId = p.textValue();
    if (met.isEmpty()) {
      if (!peerId.equals(ctx.currentPeer())) {
        ctx.knownSites.add(c.span());
        ctx.complete = false;
        ctx.nextPeers.add(peerId);
        ctx.trace.meetCanonEnd(new CanonResult.RequestSentBy(ctx.currentPeer()));
        return ExecError.OK;
      }
      return snapshot(source, binder, peerId, ctx);
    }
    return switch (met.get()) {
      case CanonResult.RequestSentBy r -> {
        if (!peerId.equals(ctx.currentPeer())) {
          ctx.complete = false;
          ctx.trace.meetCanonEnd(r);
          yield ExecError.OK;
        }
        yield snapshot(source, binder, peerId, ctx);
      }
      case CanonResult.Executed x -> replay(binder, x.cid(), peerId, ctx);
    };
  }

  private static Optional<ExecError> snapshot(java.util.function.Supplier<List<ValueAggregate>> source,
      Binder binder, String peerId, ExecutionContext ctx) {
    List<ValueAggregate> values = source.get();
    List<String> cids = new ArrayList<>();
    for (ValueAggregate v : values) {
      cids.add(ctx.cids.trackCanonElement(v));
    }
    SecurityTetraplet t = new SecurityTetraplet(peerId, "", "", "");
    String cid = ctx.cids.trackCanonResult(new CanonResultAggregate(ctx.cids.trackTetraplet(t), cids));
    ctx.recordCid(peerId, cid);
    return bind(binder, new CanonStream(values, t, cid), ctx);
  }

  private static Optional<ExecError> replay(Binder binder, String cid, String peerId,
      ExecutionContext ctx) {
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
    return bind(binder, new CanonStream(values, stored, cid), ctx);
  }

  private static Optional<ExecError> bind(Binder binder, CanonStream canon, ExecutionContext ctx) {
    Optional<ExecError> e = binder.bind(canon, ctx);
    if (e.isPresent()) {
      return e;
    }
    ctx.trace.meetCanonEnd(new CanonResult.Executed(canon.cid()));
    if (ctx.current != null) {
      ctx.knownSites.add(ctx.current.span());
    }
    return ExecError.OK;
  }
}
