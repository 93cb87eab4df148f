package dev.airproof.interpreter.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code (fold $stream iterator body last?)}: iterates a stream, reacting to values that arrive
 * later; mirrors AquaVM {@code instructions/fold_stream.rs}.
 */
public record FoldStream(
    StreamName iterable, ScalarName iterator, Instruction body,
    Optional<Instruction> last, Span span) implements Instruction {
  public FoldStream {
    Objects.requireNonNull(iterable, "iterable");
    Objects.requireNonNull(iterator, "iterator");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(span, "span");
  }
}
