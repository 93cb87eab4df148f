package dev.airproof.interpreter.data.cid;

import java.util.Objects;

/**
 * Immutable; a CID as the text that appears in interpreter data. Any text is accepted here; whether
 * it is a well-formed CID of some value is decided by {@link Cids#verify}.
 *
 * @param text the CID text, e.g. {@code bagaaihra...}
 */
public record Cid(String text) implements Comparable<Cid> {
  public Cid {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public int compareTo(Cid o) {
    return text.compareTo(o.text);
  }

  @Override
  public String toString() {
    return text;
  }
}
