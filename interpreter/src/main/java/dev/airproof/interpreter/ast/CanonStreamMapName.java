package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code #%name}: a canon stream map. */
public record CanonStreamMapName(String name, Span span) implements Name {
  public CanonStreamMapName {
    Names.requireValid(name);
    Objects.requireNonNull(span, "span");
  }

  @Override
  public String text() {
    return "#%" + name;
  }
}
