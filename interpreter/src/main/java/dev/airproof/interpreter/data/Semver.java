package dev.airproof.interpreter.data;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Immutable; a semantic version (major.minor.patch, pre-release ignored in ordering only for equal cores). */
public record Semver(long major, long minor, long patch, String pre) implements Comparable<Semver> {
  private static final Pattern P = Pattern.compile(
      "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  /** Parses a strict semver string. */
  public static Optional<Semver> parse(String s) {
    Matcher m = P.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Semver(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
          Long.parseLong(m.group(3)), m.group(4) == null ? "" : m.group(4)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public int compareTo(Semver o) {
    int c = Long.compare(major, o.major);
    c = c != 0 ? c : Long.compare(minor, o.minor);
    c = c != 0 ? c : Long.compare(patch, o.patch);
    if (c != 0) {
      return c;
    }
    if (pre.isEmpty() || o.pre.isEmpty()) {
      return Boolean.compare(pre.isEmpty(), o.pre.isEmpty());
    }
    return pre.compareTo(o.pre);
  }
}
