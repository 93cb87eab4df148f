package dev.airproof.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the spec module's files are when its tests run (Maven runs them in the module directory). */
final class SpecPaths {

  private SpecPaths() {}

  /** The spec module directory: holds AIR.tla, examples/ and manifest.json. */
  static Path specDir() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    if (!Files.isRegularFile(dir.resolve("AIR.tla"))) {
      throw new IllegalStateException("AIR.tla not found in " + dir.toAbsolutePath());
    }
    return dir;
  }

  /** The directories whose modules a run needs: the spec and its examples. */
  static List<Path> sources() {
    return List.of(specDir(), specDir().resolve("examples"));
  }

  /** Where the per-run copies go. */
  static Path runsDir() {
    return specDir().resolve("target").resolve("tlc-runs");
  }
}
