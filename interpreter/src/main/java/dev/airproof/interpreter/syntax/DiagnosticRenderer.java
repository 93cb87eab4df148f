package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Span;
import java.util.List;

/**
 * Renders diagnostics for humans, compiler style. Stateless; thread-safe.
 *
 * <pre>
 * script.air:3:17: error: variable 'x' wasn't defined
 *     (call "p" ("s" "f") [x])
 *                          ^
 * </pre>
 *
 * <p>The caret line repeats the tabs of the source line so that carets line up in any terminal;
 * it has at least one caret and covers the span's part on its first line. Lines longer than
 * {@value #WIDTH} code points are shortened around the span with "…".
 */
public final class DiagnosticRenderer {
  /** Widest source excerpt shown, in code points (without the ellipses). */
  static final int WIDTH = 100;
  private static final int CONTEXT_BEFORE = 30;

  private DiagnosticRenderer() {}

  /** Renders one diagnostic of the script {@code text} named {@code sourceName}. */
  public static String render(String sourceName, String text, Diagnostic d) {
    Span span = d.span();
    String header = sourceName + ":" + span.line() + ":" + span.column() + ": error: "
        + d.message();
    int[] line = codePointsOfLine(text, span.line());
    int start = Math.min(Math.max(span.column() - 1, 0), line.length);
    int carets = Math.max(1, caretCount(line, start, span.length()));
    int from = 0;
    int to = line.length;
    if (line.length > WIDTH) {
      from = Math.max(0, Math.min(start - CONTEXT_BEFORE, line.length - WIDTH));
      to = Math.min(line.length, from + WIDTH);
      carets = Math.min(carets, Math.max(1, to - start));
    }
    StringBuilder src = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    if (from > 0) {
      src.append('…');
      marks.append(' ');
    }
    for (int i = from; i < to; i++) {
      src.appendCodePoint(line[i]);
      if (i < start) {
        marks.append(line[i] == '\t' ? '\t' : ' ');
      }
    }
    if (to < line.length) {
      src.append('…');
    }
    marks.append("^".repeat(carets));
    return header + "\n" + src + "\n" + marks;
  }

  /** Renders every diagnostic, one block after the other, separated by newlines. */
  public static String render(String sourceName, String text, List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(render(sourceName, text, d));
    }
    return out.toString();
  }

  private static int[] codePointsOfLine(String text, int lineNo) {
    int begin = 0;
    for (int l = 1; l < lineNo; l++) {
      int nl = text.indexOf('\n', begin);
      if (nl < 0) {
        return new int[0];
      }
      begin = nl + 1;
    }
    int end = text.indexOf('\n', begin);
    if (end < 0) {
      end = text.length();
    }
    if (end > begin && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(begin, end).codePoints().toArray();
  }

  /** Number of code points from {@code start} covered by {@code byteLength} UTF-8 bytes. */
  private static int caretCount(int[] line, int start, int byteLength) {
    int count = 0;
    int bytes = 0;
    for (int i = start; i < line.length && bytes < byteLength; i++) {
      bytes += CharClass.utf8Length(line[i]);
      count++;
    }
    return count;
  }
}
