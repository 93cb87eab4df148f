package dev.airproof.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.properties.tlc.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Immutable; {@code manifest.json} of the spec module, in the style of the tlaplus/Examples
 * manifests: modules, and per model the configuration, the expected TLC result, the expected state
 * counts and, as an airproof extension, the expected verdict of each checked property.
 *
 * <p>Invariant: paths are relative to the spec module's directory.
 */
public record SpecManifest(Path file, ObjectNode root, List<String> modules, List<Model> models) {

  /** Whether a property is expected to hold or to be violated. */
  public enum Expectation { HOLDS, VIOLATED }

  /** Immutable; one model: a module checked with one configuration. */
  public record Model(String module, String config, Verdict result,
      Map<String, Expectation> checks, OptionalLong distinctStates, ObjectNode node) {
    public Model {
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(result, "result");
      checks = Map.copyOf(checks);
    }

    /** The module's name (file name without {@code .tla}). */
    public String moduleName() {
      String name = Path.of(module).getFileName().toString();
      return name.substring(0, name.length() - ".tla".length());
    }

    /** The configuration's file name. */
    public String configFile() {
      return Path.of(config).getFileName().toString();
    }

    /** The properties expected to be violated. */
    public List<String> violated() {
      return checks.entrySet().stream()
          .filter(e -> e.getValue() == Expectation.VIOLATED).map(Map.Entry::getKey).sorted().toList();
    }
  }

  public SpecManifest {
    modules = List.copyOf(modules);
    models = List.copyOf(models);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the manifest. */
  public static SpecManifest read(Path file) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
    List<String> modules = new ArrayList<>();
    List<Model> models = new ArrayList<>();
    for (JsonNode module : root.get("modules")) {
      String path = module.get("path").asText();
      modules.add(path);
      for (JsonNode model : module.get("models")) {
        models.add(model(path, (ObjectNode) model));
      }
    }
    return new SpecManifest(file, root, modules, models);
  }

  private static Model model(String module, ObjectNode node) {
    Map<String, Expectation> checks = new LinkedHashMap<>();
    node.get("checks").properties().forEach(e ->
        checks.put(e.getKey(), Expectation.valueOf(e.getValue().asText().toUpperCase(java.util.Locale.ROOT))));
    OptionalLong distinct = node.has("distinctStates")
        ? OptionalLong.of(node.get("distinctStates").asLong()) : OptionalLong.empty();
    return new Model(module, node.get("path").asText(),
        Verdict.ofManifestName(node.get("result").asText()), checks, distinct, node);
  }

  /** Writes the (possibly updated) manifest back, for {@code -Dgolden.update=true}. */
  public void write() throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }
}
