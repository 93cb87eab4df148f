package dev.airproof.properties.conformance;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stateless; the comparable part of an error message. A parse error ({@code air can't be parsed:}
 * followed by codespan diagrams) is reduced to the sorted set of its final phrases (the text after
 * each {@code ^^^} marker), as aquavm-wasm-driving.md §9 advises: the diagrams are AquaVM's
 * rendering, and 0.62 emits several validator messages in random order. The unprocessed call
 * results of a 30000 message are compared as a set (AquaVM's order is random). Other messages are
 * compared whole.
 */
final class ErrorPhrases {
  private static final String PARSE_PREFIX = "air can't be parsed";
  private static final Pattern PHRASE = Pattern.compile("\\^+ (.*)$", Pattern.MULTILINE);

  private static final String UNPROCESSED_PREFIX =
      "after finishing execution of supplied AIR, there are some unprocessed call results: `{";
  private static final Pattern UNPROCESSED_ENTRY_START = Pattern.compile(", (?=\"\\d+\": CallServiceResult \\{)");

  private ErrorPhrases() {}

  /**
   * The 30000 message with its entries in ascending id order. AquaVM lists the unprocessed call
   * results in the iteration order of a Rust {@code HashMap} whose hasher is seeded at random per
   * invocation (the same scenario gives different orders run after run), so only the set of
   * entries is comparable.
   */
  private static String unprocessedSorted(String message) {
    int end = message.lastIndexOf("}`");
    if (end < UNPROCESSED_PREFIX.length()) {
      return message;
    }
    String body = message.substring(UNPROCESSED_PREFIX.length(), end);
    TreeSet<String> entries = new TreeSet<>(java.util.Comparator
        .comparingLong((String e) -> Long.parseLong(e.substring(1, e.indexOf('"', 1))))
        .thenComparing(java.util.Comparator.naturalOrder()));
    for (String e : UNPROCESSED_ENTRY_START.split(body)) {
      if (!e.matches("\"\\d+\": CallServiceResult \\{.*")) {
        return message;
      }
      entries.add(e);
    }
    return UNPROCESSED_PREFIX + String.join(", ", entries) + message.substring(end);
  }

  static String comparable(String message) {
    if (message.startsWith(UNPROCESSED_PREFIX)) {
      return unprocessedSorted(message);
    }
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
