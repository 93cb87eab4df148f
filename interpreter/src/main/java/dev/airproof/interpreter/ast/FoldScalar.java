package dev.airproof.interpreter.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code (fold iterable iterator body last?)} over a scalar array, a canon stream, a canon stream map or
 * {@code []}; mirrors AquaVM {@code instructions/fold_scalar.rs}.
 *
 * <p>Invariant: {@code iterable} is a {@link ScalarRef} (with or without lens), a
 * {@link CanonStreamRef} without lens, a {@link CanonStreamMapRef} (with or without lens) or an
 * {@link EmptyArray}.
 */
public record FoldScalar(
    Value iterable, ScalarName iterator, Instruction body,
    Optional<Instruction> last, Span span) implements Instruction {
  public FoldScalar {
    Objects.requireNonNull(iterable, "iterable");
    Objects.requireNonNull(iterator, "iterator");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(span, "span");
  }
}
