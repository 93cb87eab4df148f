package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The AIR front end of AquaVM 0.62: lexer, parser and validator. Start reading here.
 *
 * <p>{@code parse} accepts exactly the scripts AquaVM 0.62 accepts ({@code air-parser} 0.62:
 * {@code air.lalrpop}, {@code lexer/*.rs}, {@code validator.rs}, the lambda parser), yields the
 * syntax tree of {@code dev.airproof.interpreter.ast} with a {@link Span} on every node, and
 * otherwise returns every problem found, ordered by position. It never throws on any input; the
 * only limit AquaVM does not have is {@link #MAX_NESTING}.
 *
 * <p>Deviations, all on inputs AquaVM 0.62 cannot run either: a lens name ending in a non-ASCII
 * character (AquaVM's lambda lexer panics), and canon stream map names written with the {@code %}
 * sigil in second position ({@code a%b}, {@code $%b}), which AquaVM lexes as canon stream maps
 * named with their sigils and airproof rejects.
 *
 * <p>Stateless; thread-safe.
 */
public final class AirParser {
  /** Deepest accepted nesting of instructions (the root is at depth 1). */
  public static final int MAX_NESTING = 1000;

  private AirParser() {}

  /** Parses and validates {@code text}; {@code sourceName} names the script in messages. */
  public static ParseResult parse(String sourceName, String text) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(text, "text");
    char[] chars = text.toCharArray();
    int bad = firstLoneSurrogate(chars);
    if (bad >= 0) {
      return invalidUtf8(position(chars, bad), "the script is not valid Unicode: unpaired surrogate");
    }
    return new Parser(chars).run();
  }

  /**
   * Parses and validates the UTF-8 bytes {@code utf8}; invalid UTF-8 is rejected with
   * {@link DiagnosticCode#INVALID_UTF8} at the first bad byte.
   */
  public static ParseResult parse(String sourceName, byte[] utf8) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(utf8, "utf8");
    int bad = Utf8.firstInvalid(utf8);
    if (bad >= 0) {
      return invalidUtf8(Utf8.position(utf8, bad), "the script is not valid UTF-8");
    }
    return new Parser(new String(utf8, StandardCharsets.UTF_8).toCharArray()).run();
  }

  private static ParseResult invalidUtf8(Span at, String message) {
    return new Rejected(List.of(new Diagnostic(DiagnosticCode.INVALID_UTF8, at, message,
        List.of())));
  }

  private static int firstLoneSurrogate(char[] chars) {
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < chars.length
            && Character.isLowSurrogate(chars[i + 1])) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** The span of the char at index {@code at}, which is not part of a valid pair. */
  private static Span position(char[] chars, int at) {
    int line = 1;
    int col = 1;
    int bytes = 0;
    for (int i = 0; i < at; i++) {
      char c = chars[i];
      if (c == '\n') {
        line++;
        col = 1;
        bytes++;
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
      }
      col++;
    }
    return new Span(line, col, bytes, 0);
  }
}
