package dev.airproof.translator.graph;

import java.util.Objects;

/**
 * Mutable only through JGraphT's edge bookkeeping; a dependency: {@code CONTROL} (runs after),
 * {@code DATA} (reads a variable the source writes; {@code variable} names it) or {@code ERROR} (runs
 * only if the source's part failed: the right branch of an {@code xor}).
 */
public final class DagEdge {
  /** The kinds of dependency. */
  public enum Kind { CONTROL, DATA, ERROR }

  private final Kind kind;
  private final String variable;

  DagEdge(Kind kind, String variable) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.variable = Objects.requireNonNull(variable, "variable");
  }

  /** The kind of dependency. */
  public Kind kind() {
    return kind;
  }

  /** For data edges the variable, else empty. */
  public String variable() {
    return variable;
  }

  @Override
  public String toString() {
    return kind == Kind.DATA ? "data " + variable : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
