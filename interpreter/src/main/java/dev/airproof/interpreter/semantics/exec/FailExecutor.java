package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.Optional;

/** {@code (fail ...)} in its four forms ({@code instructions/fail.rs}). */
final class FailExecutor {
  private FailExecutor() {}

  static Optional<ExecError> execute(Fail f, ExecutionContext ctx) {
    return switch (f.argument()) {
      case FailLiteral l -> throwObject(InstructionError.object(l.code(), l.message(),
          InstructionText.of(f), Optional.of(ctx.params.initPeerId())),
          Optional.of(SecurityTetraplet.literal(ctx.params.initPeerId())), Provenance.LITERAL, ctx);
      case FailValue v -> {
        Resolver.Result r = Resolver.resolve(v.value(), ctx);
        if (r instanceof Resolver.Result.Err e) {
          yield Optional.of(e.error());
        }
        Resolved x = ((Resolver.Result.Ok) r).value();
        yield checked(x.value()).or(() -> throwObject(x.value(), Optional.of(x.first()),
            x.provenance(), ctx));
      }
      case FailLastError l -> {
        InstructionError e = ctx.errors.lastError();
        yield checked(e.error()).or(() -> throwObject(e.error(), e.tetraplet(), e.provenance(), ctx));
      }
      case FailError l -> failError(ctx);
    };
  }

  private static Optional<ExecError> failError(ExecutionContext ctx) {
    InstructionError e = ctx.errors.error();
    Optional<ExecError> check = checked(e.error());
    if (check.isPresent()) {
      return check;
    }
    Optional<ExecError> thrown = throwObject(e.error(), e.tetraplet(), e.provenance(), ctx);
    ctx.errors.disableErrorSetting();
    return e.original().isPresent() ? Optional.of(e.original().get()) : thrown;
  }

  private static Optional<ExecError> throwObject(JsonNode obj, Optional<SecurityTetraplet> t,
      Provenance p, ExecutionContext ctx) {
    ctx.errors.setLastErrorObject(obj, t, p);
    ctx.complete = false;
    return ExecError.catchable(10006, "fail with '" + JValues.compact(obj)
        + "' is used without corresponding xor");
  }

  /** The error-object check (10008). */
  private static Optional<ExecError> checked(JsonNode v) {
    String s = JValues.compact(v);
    if (!v.isObject()) {
      return invalid("scalar should have an object type to be converted into error object, but '"
          + s + "' doesn't have");
    }
    if (!v.has("error_code")) {
      return invalid("scalar '" + s + "' must have field with name 'error_code'");
    }
    JsonNode code = v.get("error_code");
    if (!code.isIntegralNumber() || !code.canConvertToLong()) {
      return invalid("error_code of scalar '" + s + "' must have integer type");
    }
    if (code.longValue() == 0) {
      return invalid("error code must be non-zero, but it is zero");
    }
    if (!v.has("message")) {
      return invalid("scalar '" + s + "' must have field with name 'message'");
    }
    if (!v.get("message").isTextual()) {
      return invalid("message of scalar '" + s + "' must have string type");
    }
    return ExecError.OK;
  }

  private static Optional<ExecError> invalid(String m) {
    return ExecError.catchable(10008, m);
  }
}
