package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code []}: the empty JSON array (AIR has no other array literal). */
public record EmptyArray(Span span) implements Value {
  public EmptyArray {
    Objects.requireNonNull(span, "span");
  }
}
