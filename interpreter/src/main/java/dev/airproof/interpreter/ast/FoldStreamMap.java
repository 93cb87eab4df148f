package dev.airproof.interpreter.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code (fold %map iterator body last?)}: iterates the key/value pairs of a stream map; mirrors
 * AquaVM {@code instructions/fold_stream_map.rs}.
 */
public record FoldStreamMap(
    StreamMapName iterable, ScalarName iterator, Instruction body,
    Optional<Instruction> last, Span span) implements Instruction {
  public FoldStreamMap {
    Objects.requireNonNull(iterable, "iterable");
    Objects.requireNonNull(iterator, "iterator");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(span, "span");
  }
}
