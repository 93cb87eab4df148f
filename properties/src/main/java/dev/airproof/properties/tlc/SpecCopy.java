package dev.airproof.properties.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Immutable; a private, flat copy of the spec's modules and configurations in which one TLC or SANY
 * run works, so that runs never share TLC's metadata, extracted standard modules or outputs.
 *
 * <p>Invariant: {@code dir} contains every {@code .tla} and {@code .cfg} file of the source
 * directories (not recursively) and is used by one run only.
 */
public record SpecCopy(Path dir) {

  /**
   * Copies the {@code .tla} and {@code .cfg} files of {@code sources} into a fresh directory under
   * {@code parent}; a later source overrides an earlier one's file of the same name.
   */
  public static SpecCopy create(Path parent, String prefix, List<Path> sources) throws IOException {
    Files.createDirectories(parent);
    Path dir = Files.createTempDirectory(parent, prefix + "-");
    for (Path source : sources) {
      try (Stream<Path> files = Files.list(source)) {
        for (Path file : files.filter(SpecCopy::isSpecFile).toList()) {
          Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return new SpecCopy(dir);
  }

  private static boolean isSpecFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".tla") || name.endsWith(".cfg"));
  }

  /** A fresh, empty sub-directory of the copy (TLC's metadir, the child's tmpdir). */
  public Path subdirectory(String name) {
    try {
      return Files.createDirectories(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
