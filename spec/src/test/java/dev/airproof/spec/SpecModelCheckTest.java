package dev.airproof.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.airproof.properties.tlc.ChildJvm;
import dev.airproof.properties.tlc.Counterexample;
import dev.airproof.properties.tlc.LassoEnd;
import dev.airproof.properties.tlc.SpecCopy;
import dev.airproof.properties.tlc.TlcRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs TLC 2.18 on every model of {@code manifest.json} (one child JVM each) and checks the
 * expected verdict: success, or a failure of exactly the expected property, with a counterexample
 * of the right shape. For successful models the number of distinct states must match the manifest;
 * {@code -Dgolden.update=true} rewrites the counts and runtimes instead.
 */
class SpecModelCheckTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static SpecManifest manifest;

  @TestFactory
  Stream<DynamicTest> everyManifestModelGetsItsExpectedVerdict() throws IOException {
    manifest = SpecManifest.read(SpecPaths.specDir().resolve("manifest.json"));
    TlcRunner tlc = new TlcRunner(ChildJvm.fromClasspath());
    assertFalse(manifest.models().isEmpty(), "manifest.json lists no models");
    return manifest.models().stream().map(model -> dynamicTest(
        model.moduleName() + " with " + model.configFile(), () -> check(tlc, model)));
  }

  private static void check(TlcRunner tlc, SpecManifest.Model model) throws Exception {
    SpecCopy copy = SpecCopy.create(SpecPaths.runsDir(),
        model.configFile().replace(".cfg", ""), SpecPaths.sources());
    TlcRunner.Run run = tlc.check(copy, model.moduleName(), model.configFile(), TIMEOUT);
    String context = model.config() + " (run in " + copy.dir() + ")\n" + run.output();
    assertFalse(run.timedOut(), () -> "TLC timed out: " + context);
    assertEquals(model.result(), run.result().verdict(), () -> "verdict of " + context);
    List<String> violated = model.violated();
    switch (run.result().verdict()) {
      case SUCCESS -> {
        assertTrue(violated.isEmpty(), "a successful model cannot expect violations");
        long distinct = run.result().distinctStates().orElseThrow();
        if (UPDATE) {
          record(model, run);
        } else {
          assertEquals(model.distinctStates().orElseThrow(() -> new AssertionError(
              "manifest has no distinctStates for " + model.config())), distinct,
              () -> "distinct states of " + model.config() + " (rerun with -Dgolden.update=true)");
        }
      }
      case SAFETY_FAILURE -> {
        assertEquals(List.of(run.result().violatedInvariant().orElseThrow()), violated, context);
        Counterexample trace = run.result().counterexample().orElseThrow();
        assertEquals(new LassoEnd.Finite(), trace.end());
        assertTrue(trace.states().size() >= 2, "an invariant violated in the initial state");
        if (UPDATE) {
          record(model, run);
        }
      }
      case LIVENESS_FAILURE -> {
        assertEquals(1, violated.size(), "a liveness model checks exactly one property");
        Counterexample trace = run.result().counterexample().orElseThrow();
        assertFalse(trace.end() instanceof LassoEnd.Finite, "a liveness counterexample is a lasso");
        if (UPDATE) {
          record(model, run);
        }
      }
      case DEADLOCK_FAILURE, ERROR -> throw new AssertionError("unexpected verdict: " + context);
    }
  }

  private static synchronized void record(SpecManifest.Model model, TlcRunner.Run run) {
    run.result().distinctStates().ifPresent(n -> model.node().put("distinctStates", n));
    run.result().generatedStates().ifPresent(n -> model.node().put("totalStates", n));
    long seconds = Math.max(1, Math.round(run.wallTime().toMillis() / 1000.0));
    model.node().put("runtime",
        String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60));
  }

  @AfterAll
  static void writeManifest() throws IOException {
    if (UPDATE && manifest != null) {
      manifest.write();
    }
  }
}
