package dev.airproof.cli;

import picocli.CommandLine;

/** Prints airproof's version and the AquaVM version whose semantics it follows. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "airproof " + (v == null ? "0.1.0-SNAPSHOT" : v),
      "AIR semantics of AquaVM 0.62.0",
      "Java " + System.getProperty("java.version")
    };
  }
}
