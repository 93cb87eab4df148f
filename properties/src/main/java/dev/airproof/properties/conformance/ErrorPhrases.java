package dev.airproof.properties.conformance;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stateless; the comparable part of an error message. A parse error ({@code air can't be parsed:}
 * followed by codespan diagrams) is reduced to the sorted set of its final phrases (the text after
 * each {@code ^^^} marker), as aquavm-wasm-driving.md §9 advises: the diagrams are AquaVM's
 * rendering, and 0.62 emits several validator messages in random order. Other messages are
 * compared whole.
 */
final class ErrorPhrases {
  private static final String PARSE_PREFIX = "air can't be parsed";
  private static final Pattern PHRASE = Pattern.compile("\\^+ (.*)$", Pattern.MULTILINE);

  private ErrorPhrases() {}

  static String comparable(String message) {
    if (!message.startsWith(PARSE_PREFIX)) {
      return message;
    }
    TreeSet<String> phrases = new TreeSet<>();
    Matcher m = PHRASE.matcher(message);
    while (m.find()) {
      phrases.add(m.group(1).strip());
    }
    return PARSE_PREFIX + ": " + String.join("; ", phrases);
  }

  /** A template of a message: quoted parts and numbers blanked, at most 80 characters. */
  static String template(String message) {
    String t = message.replaceAll("`[^`]*`", "`_`").replaceAll("'[^']*'", "'_'").replaceAll("\"[^\"]*\"", "\"_\"")
        .replaceAll("\\d+", "N").replaceAll("\\s+", " ").strip();
    return t.length() > 80 ? t.substring(0, 80) : t;
  }
}
