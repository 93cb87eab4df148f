package dev.airproof.properties.conformance;

import dev.airproof.interpreter.data.json.JsJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: the repository's conformance scenarios and golden reports. */
final class OracleFixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private OracleFixtures() {}

  /** The conformance directory of the repository (fails loudly, like the bridge, when the oracle is missing). */
  static Path conformance(OracleInstallation installation) {
    return installation.repositoryRoot().resolve("conformance");
  }

  static List<Path> scenarioFiles(Path conformance) {
    try (Stream<Path> files = Files.list(conformance.resolve("scenarios"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.indexOf('.'));
  }

  static Path goldenFile(Path conformance, String name) {
    return conformance.resolve("golden").resolve(name + ".report.json");
  }

  static JsonNode readJson(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report text as the driver's single-scenario mode prints it: pretty JSON plus a final newline. */
  static String reportText(JsonNode report) {
    return JsJson.pretty(report) + "\n";
  }

  static boolean updateGoldens() {
    return Boolean.getBoolean("golden.update");
  }
}
