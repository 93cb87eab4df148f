package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code %ttl%}: the particle time-to-live in milliseconds. */
public record Ttl(Span span) implements Value {
  public Ttl {
    Objects.requireNonNull(span, "span");
  }
}
