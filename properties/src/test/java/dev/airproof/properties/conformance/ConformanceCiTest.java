package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.gen.ScenarioGen;
import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conformance gate: every example scenario ({@code examples/**}{@code /*.scenario.json}), every
 * {@code conformance/scenarios/*.json} and {@code interpreter/src/test/resources/conformance/scenarios/*.json}, every regression and 500 generated scenarios (seed printed; a new
 * seed per run; {@code -Dairproof.test.seed=N} replays) run on the Java interpreter and on AquaVM. Only a
 * disagreement whose {@link Fingerprint} is not that of an open regression fails the build.
 */
class ConformanceCiTest {
  private static final int GENERATED = 500;

  @Test
  void noNewDisagreements() {
    OracleInstallation installation = OracleInstallation.locate();
    Path root = installation.repositoryRoot();
    long seed = Long.getLong("airproof.test.seed", System.nanoTime() & 0xFFFFFFFFL);
    System.out.println("ConformanceCiTest: generated scenarios seed " + seed + " (replay: -Dairproof.test.seed=" + seed
        + " or airproof conform --cases " + GENERATED + " --seed " + seed + ")");
    RegressionCatalogue catalogue = RegressionCatalogue.load(root);
    List<JsonNode> fixed = new ArrayList<>();
    fixedScenarios(root).forEach(f -> fixed.add(OracleFixtures.readJson(f)));
    catalogue.regressions().forEach(r -> fixed.add(r.scenario()));
    assertFalse(fixed.isEmpty(), "no fixed scenarios found");
    List<JsonNode> generated = new ArrayList<>();
    for (int i = 0; i < GENERATED; i++) {
      generated.add(ScenarioGen.nth(seed, i, ScenarioGen.Config.defaults()).scenario());
    }
    Differential differential = new Differential(new AquaVmInterpreter());
    List<Differential.Outcome> outcomes = new ArrayList<>();
    Set<Fingerprint> known = new LinkedHashSet<>();
    // About 1 generated scenario in 4000 grows its data until maxSteps (a stream fold appending to its own
    // stream) and takes AquaVM minutes under marine-js: a short limit makes it unusable, not slow.
    try (AquaVmBridge bridge = AquaVmBridge.start(installation, java.time.Duration.ofSeconds(20))) {
      catalogue.regressions().stream().filter(RegressionCatalogue.Regression::open)
          .forEach(r -> ScenarioShrinker.fingerprint(r.scenario(), differential, bridge).ifPresent(known::add));
      outcomes.addAll(differential.checkAll(fixed, bridge));
      outcomes.addAll(differential.checkAll(generated, bridge));
    }
    StringBuilder fresh = new StringBuilder();
    int compared = 0;
    for (Differential.Outcome o : outcomes) {
      if (o instanceof Differential.Outcome.Compared c) {
        compared++;
        Optional<Fingerprint> fp = c.verdict().fingerprint();
        if (fp.isPresent() && !known.contains(fp.get())) {
          fresh.append(DisagreementText.render(c));
        }
      }
    }
    System.out.println(ConformanceSummary.of(outcomes).table());
    assertTrue(compared >= GENERATED, "too few scenarios compared: " + compared);
    assertTrue(fresh.isEmpty(), "new disagreements with AquaVM (seed " + seed + "; reduce with airproof conform "
        + "--shrink, add to conformance/regressions and docs/conformance.md):\n" + fresh);
  }

  private static List<Path> fixedScenarios(Path root) {
    List<Path> out = new ArrayList<>(OracleFixtures.scenarioFiles(root.resolve("conformance")));
    // The interpreter module's recorded AquaVM scenarios (same format, with their own goldens there).
    Path recorded = root.resolve("interpreter/src/test/resources/conformance");
    if (Files.isDirectory(recorded.resolve("scenarios"))) {
      out.addAll(OracleFixtures.scenarioFiles(recorded));
    }
    Path examples = root.resolve("examples");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> files = Files.walk(examples)) {
        files.filter(p -> p.getFileName().toString().endsWith(".scenario.json")).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
