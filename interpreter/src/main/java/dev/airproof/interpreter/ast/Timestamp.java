package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code %timestamp%}: the particle timestamp in milliseconds. */
public record Timestamp(Span span) implements Value {
  public Timestamp {
    Objects.requireNonNull(span, "span");
  }
}
