package dev.airproof.properties.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.environment.DefaultEnvironment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.translator.tla.GeneratedModule;
import dev.airproof.translator.tla.Unsupported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code export --to tla} over every example in its default environment: each script either becomes
 * a module that SANY (one child JVM for all) parses next to the spec, or is refused with the
 * construct named; the split is pinned so that a change in coverage is noticed.
 */
class ExportedModulesTest {
  /** Examples with a peer variable need --peers in the default environment. */
  private static final java.util.Set<String> NEED_BINDINGS = java.util.Set.of(
      "computed-triplets.air", "fold-peers.air", "map-reduce.air", "nested-folds.air",
      "network-explore.air",
      "quorum.air");

  private static final Map<String, String> REFUSED = Map.of(
      "ap-maps.air", "stream map",
      "fail-forms.air", "fail with a scalar error object",
      "new-scope.air", "new over a stream map");

  @Test
  void everyExampleIsTranslatedOrRefusedByName() throws IOException, InterruptedException {
    Path out = Files.createDirectories(Path.of("target", "tla-export").toAbsolutePath());
    SpecModules.extractTo(out);
    List<String> generated = new ArrayList<>();
    Map<String, String> refused = new TreeMap<>();
    java.util.Set<String> needBindings = new java.util.TreeSet<>();
    List<Path> examples;
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      examples = files.filter(f -> f.toString().endsWith(".air")).sorted().toList();
    }
    for (Path file : examples) {
      String name = file.getFileName().toString();
      String text = Files.readString(file);
      dev.airproof.interpreter.ast.Instruction script = switch (AirParser.parse(name, text)) {
        case Parsed p -> p.root();
        case Rejected r -> fail(name + " does not parse");
      };
      DefaultEnvironment.Built built = DefaultEnvironment.build(script, text,
          new DefaultEnvironment.Options(true, Map.of(), FaultBudget.NONE));
      dev.airproof.properties.explorer.Environment env = switch (built) {
        case DefaultEnvironment.Ok ok -> ok.environment();
        case DefaultEnvironment.Problems p -> null;
      };
      if (env == null) {
        needBindings.add(name);
        continue;
      }
      switch (TlaExport.of(env, name, EnumSet.allOf(PropertyId.class))) {
        case GeneratedModule m -> {
          Files.writeString(out.resolve(m.name() + ".tla"), m.tlaText());
          Files.writeString(out.resolve(m.name() + ".cfg"), m.cfgText());
          generated.add(m.name() + ".tla");
        }
        case Unsupported u -> refused.put(name, u.message());
      }
    }
    assertEquals(new java.util.TreeSet<>(NEED_BINDINGS), needBindings);
    assertEquals(REFUSED.keySet(), refused.keySet(), refused.toString());
    REFUSED.forEach((file, construct) -> assertTrue(refused.get(file).contains(construct),
        file + ": " + refused.get(file)));
    assertTrue(generated.size() >= 7, "translated: " + generated);
    List<String> files = new ArrayList<>(SpecModules.FILES);
    files.addAll(generated);
    ChildJvm.Exit exit = ChildJvm.fromClasspath().run(new SpecCopy(out), "tla2sany.SANY", files,
        Duration.ofMinutes(2));
    SanyReport report = SanyReport.of(exit.status().orElse(-1), files, exit.output());
    for (String f : files) {
      assertTrue(report.parsed(f), f + " does not parse:\n" + report.sections().get(f));
    }
  }
}
