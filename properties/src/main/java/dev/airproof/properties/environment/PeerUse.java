package dev.airproof.properties.environment;

import dev.airproof.interpreter.ast.Span;
import java.util.Objects;

/**
 * Immutable; a place where a script names the peer of a call or canon through a variable.
 *
 * @param variable the variable (without lens)
 * @param span where it is used
 */
public record PeerUse(String variable, Span span) {
  public PeerUse {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(span, "span");
  }
}
