package dev.airproof.properties.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.gen.AirGen;
import dev.airproof.interpreter.gen.Peer;
import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.properties.catalogue.PropertyChecker;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.environment.DefaultEnvironment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The partial-order reduction must not change any verdict: on at least 1,000 generated scripts
 * (literal peers, default environment, with and without failing services) the reduced and the full
 * search decide every property alike and reach the same quiescent outcomes. Half the scripts come
 * from {@link JoinScripts} (2 to 7 calls; {@code -Dairproof.test.joinCalls=N} for 2 to N+1). The
 * seed is printed; {@code -Dairproof.test.seed=N} replays.
 */
class ReductionEquivalenceTest {
  private static final int REQUIRED = 1000;
  private static final Bounds BOUNDS = new Bounds(3_000, 200, 60_000);

  @Test
  void reducedAndFullSearchesAgreeOnEveryProperty() {
    long seed = Long.getLong("airproof.test.seed", System.nanoTime());
    System.out.println("ReductionEquivalenceTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Peer> peers =
        List.of(new Peer.Literal("peer_a"), new Peer.Literal("peer_b"), new Peer.Literal("peer_c"));
    AirGen.Config small = new AirGen.Config(10, 6, peers,
        EnumSet.allOf(dev.airproof.interpreter.gen.Feature.class));
    AirGen.Config large = new AirGen.Config(28, 8, peers,
        EnumSet.allOf(dev.airproof.interpreter.gen.Feature.class));
    int concurrent = 0;
    AquaVmInterpreter interpreter = new AquaVmInterpreter();
    int compared = 0;
    int reducedStates = 0;
    int fullStates = 0;
    int attempts = 0;
    List<String> disagreements = new ArrayList<>();
    while (compared < REQUIRED && attempts < REQUIRED * 3) {
      attempts++;
      boolean failures = rnd.nextBoolean();
      String text = attempts % 2 == 0 ? JoinScripts.script(rnd, 2 + rnd.nextInt(Integer.getInteger("airproof.test.joinCalls", 6)))
          : AirPrinter.print(AirGen.script(rnd, attempts % 4 == 1 ? large : small));
      // Explore the parsed script: generated trees carry no source spans, and call sites are
      // identified by their span.
      Instruction script = ((dev.airproof.interpreter.syntax.Parsed)
          dev.airproof.interpreter.syntax.AirParser.parse("generated.air", text)).root();
      DefaultEnvironment.Built built = DefaultEnvironment.build(script, text,
          new DefaultEnvironment.Options(failures, Map.of(), FaultBudget.NONE));
      if (!(built instanceof DefaultEnvironment.Ok ok)) {
        continue;
      }
      TransitionSystem ts = new TransitionSystem(ok.environment(), interpreter);
      ExplorationResult full = new Explorer(ts, BOUNDS, Progress.NONE, System::nanoTime, false).explore();
      ExplorationResult reduced = new Explorer(ts, BOUNDS, Progress.NONE, System::nanoTime, true).explore();
      if (!full.complete() || !reduced.complete()) {
        continue;
      }
      compared++;
      if (full.space().size() >= 10) {
        concurrent++;
      }
      fullStates += full.space().size();
      reducedStates += reduced.space().size();
      java.util.Set<List<String>> fullOutcomes = outcomes(full, ts);
      java.util.Set<List<String>> reducedOutcomes = outcomes(reduced, ts);
      if (!fullOutcomes.equals(reducedOutcomes)) {
        disagreements.add("quiescent outcomes: full " + fullOutcomes + ", reduced " + reducedOutcomes
            + (failures ? " (with --failures)" : "") + " on\n" + text);
      }
      EnumSet<PropertyId> all = EnumSet.allOf(PropertyId.class);
      List<PropertyResult> a = new PropertyChecker(ts, full, 0).check(all);
      List<PropertyResult> b = new PropertyChecker(ts, reduced, 0).check(all);
      for (int i = 0; i < a.size(); i++) {
        Verdict va = a.get(i).verdict();
        Verdict vb = b.get(i).verdict();
        if (va != vb) {
          disagreements.add(a.get(i).property().id() + ": full " + va.word() + ", reduced "
              + vb.word() + (failures ? " (with --failures)" : "") + " on\n" + text);
        }
      }
    }
    System.out.printf("ReductionEquivalenceTest: %d scripts compared (%d drawn, %d with >= 10 states),"
        + " %d states full, %d reduced%n", compared, attempts, concurrent, fullStates, reducedStates);
    assertTrue(disagreements.isEmpty(), "seed " + seed + ": " + disagreements.size()
        + " disagreements, first: " + (disagreements.isEmpty() ? "" : disagreements.get(0)));
    assertEquals(REQUIRED, compared, "seed " + seed + ": too few comparable scripts");
    assertTrue(concurrent >= REQUIRED / 5, "seed " + seed + ": only " + concurrent
        + " scripts with at least 10 states; the comparison would say little about interleavings");
    assertTrue(reducedStates <= fullStates, "the reduction explored more states than the full search");
  }

  /**
   * What a quiescent state shows: the executed calls (site, iteration, peer, arguments, outcome)
   * and every peer's call values; the reductions must reach the same set of them.
   */
  private static java.util.Set<List<String>> outcomes(ExplorationResult r, TransitionSystem ts) {
    java.util.Set<List<String>> out = new java.util.HashSet<>();
    for (int id : r.quiescent()) {
      ExplorerState s = r.space().state(id);
      List<String> summary = new ArrayList<>();
      s.executed().forEach(c -> summary.add(c.site() + " " + c.peer() + " " + c.service() + "."
          + c.function() + c.argsJson() + " -> " + c.retCode() + " " + c.result()));
      for (int p = 0; p < s.peerCount(); p++) {
        summary.add(ts.alias(p) + ": " + DataView.callValues(s.data(p)));
      }
      out.add(summary);
    }
    return out;
  }
}
