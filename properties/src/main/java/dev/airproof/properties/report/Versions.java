package dev.airproof.properties.report;

/** Version strings written into reports. */
final class Versions {
  private Versions() {}

  static String airproof() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
