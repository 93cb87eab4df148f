package dev.airproof.interpreter.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code name} or {@code name.$.path} or {@code name.length}: reads a scalar. */
public record ScalarRef(String name, Optional<Lens> lens, Span span) implements Value {
  public ScalarRef {
    Names.requireValidScalar(name);
    Objects.requireNonNull(lens, "lens");
    Objects.requireNonNull(span, "span");
  }
}
