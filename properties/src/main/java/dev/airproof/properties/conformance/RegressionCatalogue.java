package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Immutable; the conformance regressions of a repository: every {@code conformance/regressions/NAME.json}
 * (a minimal scenario on which the Java interpreter and AquaVM disagreed) with AquaVM's report beside it
 * ({@code NAME.aquavm.json}), and their status from the table in {@code docs/conformance.md}
 * ({@code | `NAME` | open | facet | diagnosis |}). An "open" regression is expected to disagree; any
 * other status (or none) means both sides must agree.
 *
 * @param regressions every regression, sorted by name
 */
public record RegressionCatalogue(List<Regression> regressions) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Za-z0-9_.-]+)`\\s*\\|\\s*([a-z-]+)\\s*\\|(.*)$");

  public RegressionCatalogue {
    regressions = List.copyOf(regressions);
  }

  /**
   * Immutable; one regression.
   *
   * @param name the file's base name
   * @param scenario the scenario
   * @param aquavmReport AquaVM's stored report
   * @param open whether docs/conformance.md lists it as open (expected to disagree)
   * @param listed whether docs/conformance.md lists it at all
   */
  public record Regression(String name, JsonNode scenario, JsonNode aquavmReport, boolean open, boolean listed) {
    public Regression {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(aquavmReport, "aquavmReport");
    }
  }

  /** The regressions of the repository at {@code root}. */
  public static RegressionCatalogue load(Path root) {
    Map<String, String> statuses = statuses(root.resolve("docs").resolve("conformance.md"));
    List<Regression> out = new ArrayList<>();
    Path dir = root.resolve("conformance").resolve("regressions");
    for (Path f : scenarioFiles(dir)) {
      String file = f.getFileName().toString();
      String name = file.substring(0, file.length() - ".json".length());
      String status = statuses.get(name);
      out.add(new Regression(name, read(f), read(dir.resolve(name + ".aquavm.json")),
          "open".equals(status), status != null));
    }
    return new RegressionCatalogue(out);
  }

  /** The names listed in docs/conformance.md with their status. */
  public static Map<String, String> statuses(Path doc) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(doc)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
        Matcher m = ROW.matcher(line.strip());
        if (m.matches()) {
          out.put(m.group(1), m.group(2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<Path> scenarioFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".json") && !n.endsWith(".aquavm.json");
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path f) {
    try {
      return JSON.readTree(f.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }
}
