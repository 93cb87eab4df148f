package dev.airproof.properties.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The -tool output parser on recorded TLC 2.18 outputs (src/test/resources/tlc-output). */
class TlcOutputTest {

  private static String recorded(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        TlcOutputTest.class.getResourceAsStream("/tlc-output/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void successReportsStateCountsAndNoTrace() throws IOException {
    TlcResult result = TlcResult.of(0, recorded("XorFallback.out"));
    assertEquals(Verdict.SUCCESS, result.verdict());
    assertEquals(OptionalLong.of(9), result.distinctStates());
    assertEquals(OptionalLong.of(11), result.generatedStates());
    assertTrue(result.counterexample().isEmpty());
  }

  @Test
  void invariantViolationNamesTheInvariantAndGivesAFiniteTrace() throws IOException {
    TlcResult result = TlcResult.of(12, recorded("StuckJoin_NoStuckJoin.out"));
    assertEquals(Verdict.SAFETY_FAILURE, result.verdict());
    assertEquals("NoStuckJoin", result.violatedInvariant().orElseThrow());
    Counterexample trace = result.counterexample().orElseThrow();
    assertEquals(new LassoEnd.Finite(), trace.end());
    TraceState first = trace.states().get(0);
    assertEquals("Initial predicate", first.action());
    assertEquals(Set7.VARIABLES, first.variables().keySet());
    assertEquals("0", first.variables().get("budget"));
    TraceState last = trace.states().get(trace.states().size() - 1);
    assertTrue(last.action().startsWith("Action line"), last.action());
    assertTrue(last.variables().get("status").contains("blocked |-> {<<6, <<>>>>}"),
        last.variables().get("status"));
  }

  @Test
  void livenessViolationEndingInStutteringIsALasso() throws IOException {
    TlcResult result = TlcResult.of(13, recorded("StuckJoin_Completion.out"));
    assertEquals(Verdict.LIVENESS_FAILURE, result.verdict());
    Counterexample trace = result.counterexample().orElseThrow();
    assertEquals(new LassoEnd.Stuttering(), trace.end());
    assertEquals(5, trace.states().size());
  }

  @Test
  void livenessViolationWithBackEdgeNamesTheLoopTarget() throws IOException {
    TlcResult result = TlcResult.of(13, recorded("Lasso.out"));
    Counterexample trace = result.counterexample().orElseThrow();
    assertEquals(new LassoEnd.BackTo(1), trace.end());
    assertEquals(List.of(Map.of("x", "0"), Map.of("x", "1"), Map.of("x", "2")),
        trace.states().stream().map(TraceState::variables).toList());
  }

  @Test
  void exitStatusWithoutMatchingMessagesIsAnError() throws IOException {
    assertEquals(Verdict.ERROR, TlcResult.of(12, recorded("XorFallback.out")).verdict());
    assertEquals(Verdict.ERROR, TlcResult.of(150, "").verdict());
  }

  @Test
  void parseFailureIsAnErrorWithoutTrace() throws IOException {
    TlcResult result = TlcResult.of(150, recorded("ParseError.out"));
    assertEquals(Verdict.ERROR, result.verdict());
    assertTrue(result.parseFailed());
    assertTrue(result.started());
    assertTrue(result.counterexample().isEmpty());
    assertTrue(result.distinctStates().isEmpty());
  }

  @Test
  void traceStatesOutsideACounterexampleAreIgnored() {
    String out = """
        @!@!@STARTMSG 2217:4 @!@!@
        1: <Initial predicate>
        x = 0
        @!@!@ENDMSG 2217 @!@!@
        """;
    assertTrue(Counterexample.of(TlcMessage.parseAll(out)).isEmpty());
  }

  @Test
  void unclosedMessagesAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> TlcMessage.parseAll("@!@!@STARTMSG 2185:0 @!@!@\nStarting...\n"));
    assertThrows(IllegalArgumentException.class,
        () -> TlcMessage.parseAll("@!@!@STARTMSG 2185:0 @!@!@\nx\n@!@!@ENDMSG 2186 @!@!@\n"));
  }

  @Test
  void sanyReportReadsSemanticErrorsDespiteExitZero() {
    String out = """
        ****** SANY2 Version 2.1 created 24 February 2014
        Semantic processing of module Good
        ****** SANY2 Version 2.1 created 24 February 2014
        Semantic processing of module Bad
        Semantic errors:
        *** Errors: 1
        """;
    SanyReport report = SanyReport.of(0, List.of("Good.tla", "Bad.tla"), out);
    assertTrue(report.parsed("Good.tla"));
    assertFalse(report.parsed("Bad.tla"));
  }

  /** The variables of AIR.tla, in any order. */
  private static final class Set7 {
    static final java.util.Set<String> VARIABLES = java.util.Set.of(
        "data", "status", "network", "pending", "budget", "issued", "answered");
  }
}
