package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code $name}: a stream. */
public record StreamName(String name, Span span) implements CallOutput, ApTarget {
  public StreamName {
    Names.requireValid(name);
    Objects.requireNonNull(span, "span");
  }

  @Override
  public String text() {
    return "$" + name;
  }
}
