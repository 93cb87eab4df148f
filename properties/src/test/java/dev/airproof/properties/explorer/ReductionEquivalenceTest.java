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
 * search decide every property alike. The seed is printed; {@code -Dairproof.test.seed=N} replays.
 */
class ReductionEquivalenceTest {
  private static final int REQUIRED = 1000;
  private static final Bounds BOUNDS = new Bounds(3_000, 200, 60_000);

  @Test
  void reducedAndFullSearchesAgreeOnEveryProperty() {
    long seed = Long.getLong("airproof.test.seed", System.nanoTime());
    System.out.println("ReductionEquivalenceTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    AirGen.Config cfg = new AirGen.Config(10, 6,
        List.of(new Peer.Literal("peer_a"), new Peer.Literal("peer_b")),
        EnumSet.allOf(dev.airproof.interpreter.gen.Feature.class));
    AquaVmInterpreter interpreter = new AquaVmInterpreter();
    int compared = 0;
    int reducedStates = 0;
    int fullStates = 0;
    int attempts = 0;
    List<String> disagreements = new ArrayList<>();
    while (compared < REQUIRED && attempts < REQUIRED * 3) {
      attempts++;
      Instruction generated = AirGen.script(rnd, cfg);
      boolean failures = rnd.nextBoolean();
      String text = AirPrinter.print(generated);
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
      fullStates += full.space().size();
      reducedStates += reduced.space().size();
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
    System.out.printf("ReductionEquivalenceTest: %d scripts compared (%d drawn), %d states full, %d reduced%n",
        compared, attempts, fullStates, reducedStates);
    assertTrue(disagreements.isEmpty(), "seed " + seed + ": " + disagreements.size()
        + " disagreements, first: " + (disagreements.isEmpty() ? "" : disagreements.get(0)));
    assertEquals(REQUIRED, compared, "seed " + seed + ": too few comparable scripts");
    assertTrue(reducedStates <= fullStates, "the reduction explored more states than the full search");
  }
}
