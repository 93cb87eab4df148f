package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code (fail code "message")}.
 *
 * <p>{@code code != 0} is checked by the validator, not here, so that the parser can report it.
 */
public record FailLiteral(long code, String message, Span span) implements FailArgument {
  public FailLiteral {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
  }
}
