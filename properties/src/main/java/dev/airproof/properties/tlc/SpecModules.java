package dev.airproof.properties.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The modules of the hand-written spec ({@code spec/AIR*.tla}), packaged as class-path resources of
 * this package by the build, and their extraction into a TLC run directory. Stateless.
 */
public final class SpecModules {
  /** The spec's module files, in dependency order. */
  public static final List<String> FILES = List.of(
      "AIRValues.tla", "AIRTrees.tla", "AIRData.tla", "AIRExec.tla", "AIR.tla", "AIRProperties.tla");

  private SpecModules() {}

  /**
   * Copies every spec module into {@code dir}.
   *
   * @throws IOException if a module is missing from the class path or cannot be written
   */
  public static void extractTo(Path dir) throws IOException {
    for (String file : FILES) {
      try (InputStream in = SpecModules.class.getResourceAsStream("spec/" + file)) {
        if (in == null) {
          throw new IOException("the spec module " + file + " is not on the class path (build problem)");
        }
        Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
