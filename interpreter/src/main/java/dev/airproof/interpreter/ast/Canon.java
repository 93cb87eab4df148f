package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (canon peer $stream #$canon)}: freezes the values of a stream on {@code peer} into a canon
 * stream; mirrors AquaVM {@code instructions/canon.rs}.
 */
public record Canon(Value peer, StreamName stream, CanonStreamName canon, Span span)
    implements Instruction {
  public Canon {
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(canon, "canon");
    Objects.requireNonNull(span, "span");
  }
}
