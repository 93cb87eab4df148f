package dev.airproof.interpreter.ast;

/**
 * Immutable; where a node stands in its source text.
 *
 * <p>Invariant: {@code line >= 1}, {@code column >= 1}, {@code offset >= 0}, {@code length >= 0}.
 * {@code line} and {@code column} are 1-based; {@code column} counts Unicode code points from the
 * start of the line. {@code offset} and {@code length} are in UTF-8 bytes of the source, the unit
 * AquaVM's parser uses for its spans ({@code air-parser/src/parser/span.rs}), so that the
 * "defined before use" comparison of the validator orders nodes exactly as AquaVM does.
 *
 * @param line 1-based line of the first character
 * @param column 1-based column (in code points) of the first character
 * @param offset UTF-8 byte offset of the first character
 * @param length length in UTF-8 bytes
 */
public record Span(int line, int column, int offset, int length) {
  /** A span for nodes built by code rather than parsed (generators, tests). */
  public static final Span NONE = new Span(1, 1, 0, 0);

  public Span {
    if (line < 1 || column < 1 || offset < 0 || length < 0) {
      throw new IllegalArgumentException(
          "bad span: line " + line + ", column " + column + ", offset " + offset + ", length " + length);
    }
  }

  /** UTF-8 byte offset just past the last character. */
  public int end() {
    return offset + length;
  }

  /** True iff {@code other} lies within this span (bounds included). */
  public boolean contains(Span other) {
    return offset <= other.offset && other.end() <= end();
  }

  /** The span from the start of this one to the end of {@code last}. */
  public Span to(Span last) {
    return new Span(line, column, offset, Math.max(0, last.end() - offset));
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
