package dev.airproof.properties.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.environment.DefaultEnvironment;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.Progress;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the TLC back end answers when it cannot decide: always unknown, with the reason. */
class TlcBackendLimitsTest {
  private static Environment bare(String air) {
    Instruction script = ((Parsed) AirParser.parse("t.air", air)).root();
    return ((DefaultEnvironment.Ok) DefaultEnvironment.build(script, air,
        new DefaultEnvironment.Options(false, Map.of(), FaultBudget.NONE))).environment();
  }

  private static List<PropertyResult> check(Environment env, long millis, int completeOn) {
    return new TlcBackend(TlcFixtures.jvm(), TlcFixtures.workRoot(), 256).check(new VerificationTask(
        env, EnumSet.allOf(PropertyId.class), new Bounds(1000, 100, millis), completeOn, Progress.NONE));
  }

  @Test
  void anInfiniteModelEndsWithUnknownNeverWithAVerdict() {
    String air = """
        (seq (call %init_peer_id% ("s" "f") [] $q)
             (fold $q x (seq (ap x $q) (next x))))""";
    List<PropertyResult> results = check(bare(air), 4_000, 0);
    assertEquals(7, results.size(), "every property is asked of tlc");
    for (PropertyResult r : results) {
      assertEquals(Verdict.UNKNOWN, r.verdict(), r.toString());
      // TLC either runs into the time limit or, on a fast machine, overflows its stack on the
      // unbounded recursive stream first: both must end as unknown with the reason.
      assertTrue(r.detail().contains("time limit of 4000 ms")
          || r.detail().contains("TLC threw an unexpected exception"), r.detail());
      assertEquals("tlc", r.backend());
    }
  }

  @Test
  void anUnsupportedConstructGivesUnknownNamingItWithoutRunningTlc() {
    List<PropertyResult> results = check(bare("(call \"p\" (\"s\" \"f\") [%ttl%])"), 60_000, 0);
    for (PropertyResult r : results) {
      assertEquals(Verdict.UNKNOWN, r.verdict());
      assertEquals("1:22: the TLA+ back end cannot express %ttl%: spec/README.md lists it as not"
          + " modelled, so no exact TLA+ model exists", r.detail());
    }
  }

  @Test
  void completionOnAnotherPeerIsNotGuessed() {
    Environment env = bare("(call \"p\" (\"s\" \"f\") [%ttl%])");
    PropertyResult completion = check(env, 60_000, 1).stream()
        .filter(r -> r.property() == PropertyId.COMPLETION).findFirst().orElseThrow();
    assertEquals(Verdict.UNKNOWN, completion.verdict());
    assertTrue(completion.detail().contains("--complete-on"), completion.detail());
  }
}
