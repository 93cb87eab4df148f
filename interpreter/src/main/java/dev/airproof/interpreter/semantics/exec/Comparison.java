package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * What {@code match} and {@code mismatch} share: resolve both values (joining on missing ones),
 * compare them as serde_json values, run the body or fail with 10001/10002.
 */
final class Comparison {
  private Comparison() {}

  static Optional<ExecError> compare(Value l, Value r, Instruction body, boolean eq,
      ExecutionContext ctx) {
    Resolver.Result a = Resolver.resolve(l, ctx);
    if (a instanceof Resolver.Result.Err e) {
      return Executor.joinOrFail(e.error(), ctx);
    }
    Resolver.Result b = Resolver.resolve(r, ctx);
    if (b instanceof Resolver.Result.Err e) {
      return Executor.joinOrFail(e.error(), ctx);
    }
    boolean equal = dev.airproof.interpreter.data.jvalue.JValues.equal(
        ((Resolver.Result.Ok) a).value().value(), ((Resolver.Result.Ok) b).value().value());
    if (equal != eq) {
      return Optional.of(new ExecError.Catchable(eq ? 10001 : 10002,
          eq ? "compared values do not match" : "compared values do not mismatch", false, true));
    }
    return Executor.execute(body, ctx);
  }
}
