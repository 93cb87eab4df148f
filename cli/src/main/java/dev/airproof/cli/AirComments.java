package dev.airproof.cli;

/**
 * Where the {@code ;} comments of an AIR text are, for {@code fmt}: the formatter keeps a leading
 * comment block (the lines before the first token) and cannot keep comments elsewhere. A {@code ;}
 * inside a string literal is not a comment. Stateless.
 */
final class AirComments {
  private AirComments() {}

  /**
   * The leading comment block of {@code text}: every line up to the first line holding a token,
   * keeping only lines that are comments (blank lines are dropped), each ending with a newline.
   */
  static String header(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!trimmed.startsWith(";")) {
        break;
      }
      out.append(trimmed).append('\n');
    }
    return out.toString();
  }

  /** True iff {@code text} has a comment after its first token. */
  static boolean hasInnerComment(String text) {
    boolean started = false;
    boolean inString = false;
    boolean inComment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inComment) {
        inComment = c != '\n';
      } else if (inString) {
        inString = c != '"';
      } else if (c == ';') {
        if (started) {
          return true;
        }
        inComment = true;
      } else if (c == '"') {
        started = true;
        inString = true;
      } else if (!Character.isWhitespace(c)) {
        started = true;
      }
    }
    return false;
  }
}
