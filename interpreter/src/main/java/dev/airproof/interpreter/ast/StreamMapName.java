package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code %name}: a stream map. */
public record StreamMapName(String name, Span span) implements Name {
  public StreamMapName {
    Names.requireValid(name);
    Objects.requireNonNull(span, "span");
  }

  @Override
  public String text() {
    return "%" + name;
  }
}
