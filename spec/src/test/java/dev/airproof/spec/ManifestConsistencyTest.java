package dev.airproof.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The manifest and the files agree: every module and configuration is listed, every listed file
 * exists, and each model's "checks" are exactly the invariants and properties its configuration
 * asks TLC to check.
 */
class ManifestConsistencyTest {

  @Test
  void everyModuleAndConfigurationIsListedAndExists() throws IOException {
    SpecManifest manifest = SpecManifest.read(SpecPaths.specDir().resolve("manifest.json"));
    Set<String> onDisk = new TreeSet<>();
    for (Path dir : SpecPaths.sources()) {
      String prefix = dir.equals(SpecPaths.specDir()) ? "" : "examples/";
      try (Stream<Path> listing = Files.list(dir)) {
        listing.map(p -> prefix + p.getFileName())
            .filter(n -> n.endsWith(".tla") || n.endsWith(".cfg")).forEach(onDisk::add);
      }
    }
    Set<String> listed = new TreeSet<>(manifest.modules());
    manifest.models().forEach(m -> listed.add(m.config()));
    assertEquals(onDisk, listed, "files on disk vs. manifest.json");
  }

  @Test
  void eachModelChecksWhatItsConfigurationNames() throws IOException {
    SpecManifest manifest = SpecManifest.read(SpecPaths.specDir().resolve("manifest.json"));
    for (SpecManifest.Model model : manifest.models()) {
      List<String> named = namedChecks(SpecPaths.specDir().resolve(model.config()));
      assertEquals(new TreeSet<>(model.checks().keySet()), new TreeSet<>(named), model.config());
      assertEquals(named.size(), new TreeSet<>(named).size(), "duplicate check in " + model.config());
      assertTrue(model.violated().size() <= 1, "TLC stops at the first violation: " + model.config());
    }
  }

  /** The names after INVARIANT(S) and PROPERTY/PROPERTIES in a TLC configuration. */
  static List<String> namedChecks(Path cfg) throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(cfg)) {
      String[] words = line.replaceAll("\\\\\\*.*", "").trim().split("\\s+");
      if (words.length > 1 && Set.of("INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES").contains(words[0])) {
        names.addAll(List.of(words).subList(1, words.length));
      }
    }
    return names;
  }
}
