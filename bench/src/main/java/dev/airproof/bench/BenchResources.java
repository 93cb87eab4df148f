package dev.airproof.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Stateless; the benchmarks' inputs packed as class-path resources. */
final class BenchResources {
  private BenchResources() {}

  /** The UTF-8 text of resource {@code name} next to {@code owner}; fails loudly when missing. */
  static String text(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
