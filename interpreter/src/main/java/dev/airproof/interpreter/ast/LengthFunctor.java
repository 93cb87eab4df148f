package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code .length}: the number of elements of an array (or canon stream/map). */
public record LengthFunctor(Span span) implements Lens {
  public LengthFunctor {
    Objects.requireNonNull(span, "span");
  }
}
