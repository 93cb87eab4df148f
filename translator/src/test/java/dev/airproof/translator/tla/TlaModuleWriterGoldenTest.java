package dev.airproof.translator.tla;

import static dev.airproof.translator.tla.TlaFixtures.env;
import static dev.airproof.translator.tla.TlaFixtures.ok;
import static dev.airproof.translator.tla.TlaFixtures.peers;
import static dev.airproof.translator.tla.TlaFixtures.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated module and configuration of four examples, diffed as text against
 * {@code src/test/resources/tla}; {@code -Dgolden.update=true} rewrites them.
 */
class TlaModuleWriterGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "tla");

  record Case(String file, String module, TlaEnvironment env, Set<TlaCheck> checks) {}

  static List<Case> cases() {
    Set<TlaCheck> all = EnumSet.of(TlaCheck.TYPE_OK, TlaCheck.AT_MOST_ONCE, TlaCheck.NO_STUCK_JOIN,
        TlaCheck.QUIESCENT_COMPLETED, TlaCheck.CONVERGENCE, TlaCheck.TERMINATION);
    return List.of(
        new Case("forkjoin.air", "ForkJoin", env(peers("client", "provider_1", "provider_2", "averager"),
            List.of(rule("provider_1", "price", "get", ok(100)),
                rule("provider_2", "price", "get", ok(110), ok(120)),
                rule(null, "math", "avg", new TlaOutcome.Arg(0)))), all),
        new Case("stuck-join.air", "StuckJoin", env(peers("client", "provider_1"),
            List.of(rule("provider_1", "price", "get", ok(7), new TlaOutcome.Fail("down")))),
            EnumSet.of(TlaCheck.NO_STUCK_JOIN)),
        new Case("xor-fallback.air", "XorFallback", env(peers("client", "primary", "backup"),
            List.of(rule("primary", "storage", "get", ok("v1"), new TlaOutcome.Fail("down")),
                rule("backup", "storage", "get", ok("v2")))), all),
        new Case("stream-join.air", "StreamJoin", env(peers("client", "peer_1", "peer_2", "peer_3"),
            List.of(rule(null, "echo", "get", new TlaOutcome.EchoArgs()))),
            EnumSet.of(TlaCheck.TYPE_OK, TlaCheck.CONVERGENCE, TlaCheck.TERMINATION)));
  }

  @TestFactory
  Stream<DynamicTest> generatedModulesMatchTheGoldenFiles() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> check(c)));
  }

  private static void check(Case c) throws IOException {
    String text = TlaFixtures.read(c.file());
    TlaTranslation t = TlaModuleWriter.write(c.module(), TlaFixtures.parse(text), text, c.env(), c.checks());
    GeneratedModule m = assertInstanceOf(GeneratedModule.class, t, () -> t.toString());
    compare(GOLDEN.resolve(c.module() + ".tla"), m.tlaText());
    compare(GOLDEN.resolve(c.module() + ".cfg"), m.cfgText());
    assertTrue(m.tlaText().matches("(?s).*\\(\\* +1 @ \\d+:\\d+ \\*\\) .*"),
        "node comments carry AIR positions");
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), golden + " is missing; run with -Dgolden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
  }
}
