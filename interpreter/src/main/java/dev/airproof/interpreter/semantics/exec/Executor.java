package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.semantics.trace.TraceError;
import java.util.Optional;

/**
 * Dispatch of every instruction to its executor, one file per instruction as in AquaVM
 * ({@code instructions/mod.rs}: {@code <Instruction>Executor}, e.g. {@link SeqExecutor}); every
 * catchable error leaving an instruction is recorded here in {@code %last_error%}/{@code :error:}
 * (subject to their locks).
 */
public final class Executor {
  private Executor() {}

  /** Executes {@code i}; empty on success. */
  public static Optional<ExecError> execute(Instruction i, ExecutionContext ctx) {
    Instruction outer = ctx.current;
    ctx.current = i;
    try {
      return executeCurrent(i, ctx);
    } finally {
      ctx.current = outer;
    }
  }

  private static Optional<ExecError> executeCurrent(Instruction i, ExecutionContext ctx) {
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
      case CanonMap c -> CanonMapExecutor.execute(c, ctx);
      case CanonMapScalar c -> CanonMapScalarExecutor.execute(c, ctx);
      case Ap a -> ApExecutor.execute(a, ctx);
      case ApMap a -> ApMapExecutor.execute(a, ctx);
      case Seq s -> SeqExecutor.execute(s, ctx);
      case Par p -> ParExecutor.execute(p, ctx);
      case Xor x -> XorExecutor.execute(x, ctx);
      case Match m -> MatchExecutor.execute(m, ctx);
      case Mismatch m -> MismatchExecutor.execute(m, ctx);
      case Fail f -> FailExecutor.execute(f, ctx);
      case FoldScalar f -> FoldScalarExecutor.execute(f, ctx);
      case FoldStream f -> FoldStreamExecutor.execute(f, ctx);
      case FoldStreamMap f -> FoldStreamMapExecutor.execute(f, ctx);
      case Next n -> NextExecutor.execute(n, ctx);
      case New n -> NewExecutor.execute(n, ctx);
      case Never n -> NeverExecutor.execute(n, ctx);
      case Null n -> NullExecutor.execute(n, ctx);
    };
  }

  /** A joinable error makes the subgraph incomplete and is swallowed; others propagate. */
  static Optional<ExecError> joinOrFail(ExecError e, ExecutionContext ctx) {
    if (e instanceof ExecError.Catchable c && c.joinable()) {
      ctx.complete = false;
      ctx.recordWait(c);
      return ExecError.OK;
    }
    return Optional.of(e);
  }

  static Optional<ExecError> traceError(TraceError e, Instruction i) {
    return ExecError.uncatchable(20000, "on instruction '" + InstructionText.of(i)
        + "' trace handler encountered an error: " + e.message());
  }
}
