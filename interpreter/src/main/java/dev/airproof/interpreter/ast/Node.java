package dev.airproof.interpreter.ast;

/**
 * Immutable; any node of an AIR syntax tree: an instruction, a value, a name or a lens.
 *
 * <p>Invariant: every node has a non-null {@link Span}. Records use value equality, which includes
 * spans; compare trees without spans through {@link Shapes#of(Node)}.
 */
public sealed interface Node permits Instruction, Value, Name, Lens, Accessor, FailArgument {
  /** Where this node stands in the source. */
  Span span();
}
