package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code (fail %last_error%)}: re-throws the last error. */
public record FailLastError(Span span) implements FailArgument {
  public FailLastError {
    Objects.requireNonNull(span, "span");
  }
}
