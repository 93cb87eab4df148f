package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (fail :error:)}: re-throws the error caught by the nearest {@code xor}. */
public record FailError(Span span) implements FailArgument {
  public FailError {
    Objects.requireNonNull(span, "span");
  }
}
