package dev.airproof.interpreter.ast;

import java.util.Objects;

/**
 * {@code #$name} (or the legacy {@code #name}): a canon stream.
 *
 * @param legacySigil true when written {@code #name}; kept so that the formatter prints what was read
 */
public record CanonStreamName(String name, boolean legacySigil, Span span) implements Name {
  public CanonStreamName {
    Names.requireValid(name);
    Objects.requireNonNull(span, "span");
  }

  @Override
  public String text() {
    return (legacySigil ? "#" : "#$") + name;
  }
}
