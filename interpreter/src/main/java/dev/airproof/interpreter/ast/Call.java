package dev.airproof.interpreter.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code (call peer (service function) [args...] output?)}: asks {@code peer} to run
 * {@code service.function}; mirrors AquaVM {@code instructions/call.rs}.
 *
 * <p>Invariant: {@code peer} is one of {@link InitPeerId}, {@link StringLiteral}, {@link ScalarRef},
 * {@link CanonStreamRef} or {@link CanonStreamMapRef} with a lens; {@code service} and {@code function}
 * are {@link StringLiteral}, {@link ScalarRef}, {@link CanonStreamRef} or {@link CanonStreamMapRef}
 * (the parser enforces this).
 */
public record Call(
    Value peer, Value service, Value function, List<Value> args,
    Optional<CallOutput> output, Span span) implements Instruction {
  public Call {
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(function, "function");
    args = List.copyOf(args);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(span, "span");
  }
}
