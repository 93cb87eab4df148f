package dev.airproof.interpreter.ast;

/**
 * Structural comparison of syntax trees that ignores source spans.
 *
 * <p>{@link #of(Node)} returns a copy of a tree with every span replaced by {@link Span#NONE}; two
 * trees have the same shape iff their copies are {@code equals}. Used by round-trip tests
 * ({@code parse(fmt(x))} against {@code parse(x)}) and by the shrinker.
 */
public final class Shapes {
  private static final AstMapper ERASER = new AstMapper() {
    @Override
    protected Span span(Span span) {
      return Span.NONE;
    }
  };

  private Shapes() {}

  /** The tree {@code node} with all spans erased. */
  @SuppressWarnings("unchecked")
  public static <N extends Node> N of(N node) {
    return (N) ERASER.node(node);
  }

  /** True iff the two trees are equal apart from their spans. */
  public static boolean same(Node a, Node b) {
    return of(a).equals(of(b));
  }
}
