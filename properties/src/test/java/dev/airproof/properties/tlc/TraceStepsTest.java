package dev.airproof.properties.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.airproof.interpreter.ast.Span;
import dev.airproof.properties.explorer.Step;
import dev.airproof.translator.tla.GeneratedModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** TLC traces (recorded TLC 2.18 output of the StuckJoin fixture) as airproof steps. */
class TraceStepsTest {
  /** The fixture's 7 nodes, node i placed at line i + 10, column i. */
  private static final GeneratedModule MODULE = new GeneratedModule("StuckJoin", "", "",
      IntStream.rangeClosed(1, 7).mapToObj(i -> new Span(i + 10, i, 0, 0)).toList(),
      List.of("client", "p1", "p2"), "client");

  private static Counterexample recorded(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        TraceStepsTest.class.getResourceAsStream("/tlc-output/" + name), name)) {
      String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return TlcResult.of(12, out).counterexample().orElseThrow();
    }
  }

  @Test
  void anInvariantTraceBecomesPeerByPeerSteps() throws IOException {
    TraceSteps.Converted c = TraceSteps.of(recorded("StuckJoin_NoStuckJoin.out"), MODULE);
    List<String> summaries = c.steps().stream().map(Step::summary).toList();
    assertEquals(List.of(
        "deliver (initial) -> client: ret 0, next [p1]",
        "deliver client -> p1: ret 0, requests [13:3: svc.get()]",
        "answer on p1: 13:3: svc.get() = failed \"unavailable\": ret 0, next [p2]",
        "deliver p1 -> p2: ret 0"), summaries);
    assertEquals("waits at 16:6", c.steps().get(3).detail());
    assertEquals(Optional.empty(), c.loopStart());
  }

  @Test
  void aBackEdgeBecomesTheLoopStartInSteps() throws IOException {
    Counterexample finite = recorded("StuckJoin_NoStuckJoin.out");
    Counterexample lasso = new Counterexample(finite.states(), new LassoEnd.BackTo(3));
    TraceSteps.Converted c = TraceSteps.of(lasso, MODULE);
    assertEquals(Optional.of(2), c.loopStart(), "the loop starts after the two steps into state 3");
  }

  @Test
  void valuesParseAsTlcPrintsThem() {
    TlaValue v = TlaValueParser.parse(
        "( [to |-> \"p2\", data |-> [trace |-> << >>]] :>\n 2 @@ <<3, <<>>>> :> {TRUE, -1} )");
    TlaValue.Fn f = (TlaValue.Fn) v;
    assertEquals(2, f.mapping().size());
    assertEquals(Optional.of(new TlaValue.SetOf(List.of(new TlaValue.Bool(true), new TlaValue.Int(-1)))),
        v.at(new TlaValue.Seq(List.of(new TlaValue.Int(3), new TlaValue.Seq(List.of())))));
    assertEquals(Map.of("a", new TlaValue.Str("x\"y")),
        ((TlaValue.Rec) TlaValueParser.parse("[a |-> \"x\\\"y\"]")).fields());
    assertThrows(IllegalArgumentException.class, () -> TlaValueParser.parse("[a |-> ]"));
  }
}
