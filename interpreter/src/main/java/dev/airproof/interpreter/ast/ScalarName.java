package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code name}: a scalar variable (also a fold iterator). */
public record ScalarName(String name, Span span) implements CallOutput, ApTarget {
  public ScalarName {
    Names.requireValidScalar(name);
    Objects.requireNonNull(span, "span");
  }

  @Override
  public String text() {
    return "" + name;
  }
}
