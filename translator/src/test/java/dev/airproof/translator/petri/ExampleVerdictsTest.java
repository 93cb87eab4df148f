package dev.airproof.translator.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.petri.reach.ExplorationLimits;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The net's verdicts on every example (default options: folds unrolled to 2), without and with call
 * failures, against the expected verdicts: H holds, V violated, U unknown (the net cannot decide
 * because the answer depends on values it abstracts). Order: termination, completion, no-stuck-join.
 * The verdicts of {@code verify --backend petri} on the manifest's entries are checked against
 * {@code examples/manifest.json} itself by the cli's {@code ManifestPetriTest}; this test adds the
 * {@code --failures} runs of every example at the translator level.
 */
class ExampleVerdictsTest {
  /** One expectation: example, whether calls may fail, the three verdicts and why. */
  record Expect(String example, boolean failures, String verdicts, String reason) {}

  static final List<Expect> EXPECTED = List.of(
      new Expect("ap-maps", false, "HHH", "straight-line code on the init peer; folds end"),
      new Expect("ap-maps", true, "HVH", "the first call can fail uncaught"),
      new Expect("canon-hop", false, "HHH", "hops and calls in sequence, the last on the init peer"),
      new Expect("canon-hop", true, "HVH", "the worker call can fail uncaught"),
      new Expect("computed-triplets", false, "HHH", "every variable is defined before its use"),
      new Expect("computed-triplets", true, "HVH", "the registry call can fail uncaught"),
      new Expect("fail-forms", false, "HHH", "every fail is caught by its xor"),
      new Expect("fail-forms", true, "HVH", "errors.build can fail outside any xor"),
      new Expect("fold-peers", false, "HHH", "the seq-form fold completes like null at its end"),
      new Expect("fold-peers", true, "HVH", "the relay call can fail uncaught"),
      new Expect("forkjoin", false, "HHH", "both prices arrive, the average returns to the init peer"),
      new Expect("forkjoin", true, "HVV",
          "one provider failing still completes the par; the averager then waits on its price"),
      new Expect("map-reduce", false, "HUH",
          "an empty chunk list leaves the %partials join waiting; whether it is empty is data"),
      new Expect("map-reduce", true, "HVH", "getDataSrv.job can fail uncaught"),
      new Expect("match-mismatch", false, "HUH",
          "completion depends on the status value (match/mismatch) and on which peer ends"),
      new Expect("match-mismatch", true, "HVH", "the registry call can fail uncaught"),
      new Expect("nested-folds", false, "HUH",
          "no regions means no loads: the $loads fold waits; the region count is data"),
      new Expect("nested-folds", true, "HVH", "inventory.regions can fail uncaught"),
      new Expect("network-explore", false, "HHH",
          "the timeout branch always completes the par, the outer xor catches the rest"),
      new Expect("network-explore", true, "HVH", "the outer xor's error handler can itself fail"),
      new Expect("new-scope", false, "HHH", "scoped variables are defined before use"),
      new Expect("new-scope", true, "HVH", "svc.ask can fail uncaught"),
      new Expect("quorum", false, "HUH", "whether three answers arrive depends on the replica list"),
      new Expect("quorum", true, "HVH", "getDataSrv.replicas can fail uncaught"),
      new Expect("recursive-stream", false, "HHH", "the fold has (null) as last instruction"),
      new Expect("recursive-stream", true, "HVH", "the seed call can fail uncaught"),
      new Expect("stream-join", false, "HUH", "the join completes only if the canon length matches 2"),
      new Expect("stream-join", true, "HUH",
          "the three answers fail on three peers, where they never meet (the par waits): a timing"
          + " choice of the net (par-join); reaching the callback needs the canon length match"),
      new Expect("stuck-join", false, "HVV",
          "the primary call succeeds, so the fallback that defines price never runs"),
      new Expect("stuck-join", true, "HVV",
          "whenever the primary call succeeds, or both fail, price is never defined"),
      new Expect("timeout-race", false, "HHH", "either racer completes the par"),
      new Expect("timeout-race", true, "HVH",
          "the remote failing still lets the timer win; the callback can fail uncaught"),
      new Expect("xor-fallback", false, "HHH", "the primary path completes"),
      new Expect("xor-fallback", true, "HVH", "the fallback's own calls can fail uncaught"));

  @TestFactory
  Stream<DynamicTest> netVerdictsMatchTheExpectedOnes() {
    return EXPECTED.stream().map(e -> DynamicTest.dynamicTest(
        e.example() + (e.failures() ? " --failures" : ""), () -> {
          Translation t = Examples.translate(Examples.example(e.example()),
              NetOptions.defaults().withCallsMayFail(e.failures()));
          NetAnalysis a = NetAnalysis.explore(t, ExplorationLimits.states(2_000_000));
          List<NetCheck> checks = List.of(a.termination(), a.completion(), a.noStuckJoin());
          String got = checks.stream().map(c -> c.status().name().substring(0, 1))
              .reduce("", String::concat);
          assertEquals(e.verdicts(), got, () -> e.reason() + "\n" + checks);
        }));
  }
}
