package dev.airproof.petri.export;

/** Stateless; DOT identifiers that JGraphT's exporter accepts. */
final class DotIds {
  private DotIds() {}

  /** {@code id} with every character outside {@code [A-Za-z0-9_]} replaced by {@code _}. */
  static String graphId(String id) {
    String s = id.replaceAll("[^A-Za-z0-9_]", "_");
    return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "G_" + s : s;
  }
}
