package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.semantics.trace.TraceError;
import java.util.Optional;

/**
 * Dispatch and the combinators: seq, par, xor, match, mismatch, null, never, new
 * ({@code instructions/mod.rs}, {@code seq.rs}, {@code par.rs}, {@code xor.rs}, {@code match_.rs},
 * {@code mismatch.rs}, {@code new.rs}). Every catchable error leaving an instruction is recorded in
 * {@code %last_error%}/{@code :error:} (subject to their locks).
 */
public final class Executor {
  private Executor() {}

  /** Executes {@code i}; empty on success. */
  public static Optional<ExecError> execute(Instruction i, ExecutionContext ctx) {
    if (i instanceof Call c) {
      return CallExecutor.execute(c, ctx);
    }
    Optional<ExecError> r = dispatch(i, ctx);
    if (r.isPresent() && r.get() instanceof ExecError.Catchable c) {
      boolean withPeer = i instanceof Canon || i instanceof CanonMap || i instanceof CanonMapScalar;
      ctx.errors.setErrors(c, InstructionText.of(i), Optional.empty(), withPeer, ctx.currentPeer());
    }
    return r;
  }

  private static Optional<ExecError> dispatch(Instruction i, ExecutionContext ctx) {
    return switch (i) {
      case Call c -> CallExecutor.execute(c, ctx);
      case Canon c -> CanonExecutor.execute(c, ctx);
      case CanonMap c -> MapExecutor.canonMap(c, ctx);
      case CanonMapScalar c -> MapExecutor.canonScalar(c, ctx);
      case Ap a -> ApExecutor.execute(a, ctx);
      case ApMap a -> MapExecutor.apMap(a, ctx);
      case Seq s -> seq(s, ctx);
      case Par p -> par(p, ctx);
      case Xor x -> xor(x, ctx);
      case Match m -> compare(m.left(), m.right(), m.body(), true, ctx);
      case Mismatch m -> compare(m.left(), m.right(), m.body(), false, ctx);
      case Fail f -> FailExecutor.execute(f, ctx);
      case FoldScalar f -> FoldExecutor.scalar(f, ctx);
      case FoldStream f -> FoldExecutor.stream(f, ctx);
      case FoldStreamMap f -> FoldExecutor.streamMap(f, ctx);
      case Next n -> FoldExecutor.next(n, ctx);
      case New n -> NewExecutor.execute(n, ctx);
      case Never n -> {
        ctx.complete = false;
        yield ExecError.OK;
      }
      case Null n -> ExecError.OK;
    };
  }

  private static Optional<ExecError> seq(Seq s, ExecutionContext ctx) {
    ctx.complete = true;
    Optional<ExecError> r = execute(s.left(), ctx);
    if (r.isPresent()) {
      return r;
    }
    if (ctx.complete) {
      return execute(s.right(), ctx);
    }
    return ExecError.OK;
  }

  private static Optional<ExecError> par(Par p, ExecutionContext ctx) {
    Optional<TraceError> start = ctx.trace.meetParStart();
    if (start.isPresent()) {
      return traceError(start.get(), p);
    }
    ctx.complete = !(p.left() instanceof Next);
    Optional<ExecError> left = execute(p.left(), ctx);
    if (left.isPresent() && left.get() instanceof ExecError.Uncatchable) {
      return left;
    }
    if (left.isPresent()) {
      ctx.complete = false;
    }
    ctx.trace.meetParLeftEnd();
    boolean leftComplete = ctx.complete;
    ctx.complete = !(p.right() instanceof Next);
    Optional<ExecError> right = execute(p.right(), ctx);
    if (right.isPresent() && right.get() instanceof ExecError.Uncatchable) {
      return right;
    }
    if (right.isPresent()) {
      ctx.complete = false;
    }
    ctx.trace.meetParRightEnd();
    ctx.complete = leftComplete || ctx.complete;
    if (left.isEmpty() || right.isEmpty()) {
      ctx.errors.parSucceeded();
      return ExecError.OK;
    }
    return right;
  }

  private static Optional<ExecError> xor(Xor x, ExecutionContext ctx) {
    ctx.complete = true;
    Optional<ExecError> left = execute(x.left(), ctx);
    if (left.isEmpty() || !(left.get() instanceof ExecError.Catchable c)) {
      return left;
    }
    ctx.complete = true;
    ctx.errors.xorRightBranch(c);
    Optional<ExecError> right = execute(x.right(), ctx);
    ctx.errors.xorRightBranchEnd(right.isEmpty());
    return right;
  }

  private static Optional<ExecError> compare(Value l, Value r, Instruction body, boolean eq,
      ExecutionContext ctx) {
    Resolver.Result a = Resolver.resolve(l, ctx);
    if (a instanceof Resolver.Result.Err e) {
      return joinOrFail(e.error(), ctx);
    }
    Resolver.Result b = Resolver.resolve(r, ctx);
    if (b instanceof Resolver.Result.Err e) {
      return joinOrFail(e.error(), ctx);
    }
    boolean equal = dev.airproof.interpreter.data.jvalue.JValues.equal(
        ((Resolver.Result.Ok) a).value().value(), ((Resolver.Result.Ok) b).value().value());
    if (equal != eq) {
      return Optional.of(new ExecError.Catchable(eq ? 10001 : 10002,
          eq ? "compared values do not match" : "compared values do not mismatch", false, true));
    }
    return execute(body, ctx);
  }

  /** A joinable error makes the subgraph incomplete and is swallowed; others propagate. */
  static Optional<ExecError> joinOrFail(ExecError e, ExecutionContext ctx) {
    if (e instanceof ExecError.Catchable c && c.joinable()) {
      ctx.complete = false;
      return ExecError.OK;
    }
    return Optional.of(e);
  }

  static Optional<ExecError> traceError(TraceError e, Instruction i) {
    return ExecError.uncatchable(20000, "on instruction '" + InstructionText.of(i)
        + "' trace handler encountered an error: " + e.message());
  }
}
