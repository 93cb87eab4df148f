package dev.airproof.petri.coverability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.analysis.Bounds;
import dev.airproof.petri.analysis.PlaceBounds;
import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.fixtures.RandomNets;
import dev.airproof.petri.fixtures.Witnesses;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class KarpMillerTest {
  @Test
  void generatorIsUnboundedWithOmegaOnItsOutputs() {
    PetriNet net = ClassicNets.generator();
    CoverabilityGraph cg = KarpMiller.build(net, ExplorationLimits.defaults());
    assertTrue(cg.isComplete());
    Boundedness.Unbounded u = assertInstanceOf(Boundedness.Unbounded.class, cg.boundedness());
    assertEquals(List.of("out", "used"), u.unboundedPlaces());
    assertTrue(u.placesComplete());
    assertEquals(List.of(), u.witness().stem());
    assertEquals(List.of("gen"), u.witness().pump());
    assertEquals(List.of("out"), u.witness().growingPlaces());
    Witnesses.replay(net, u.witness());
    assertTrue(cg.node(1).isOmega(1));
    assertEquals("{running, out:ω}", cg.node(1).describe(net));
    assertTrue(cg.coverable(Marking.of(1, 5, 7)).holds());
    assertTrue(cg.coverable(Marking.of(2, 0, 0)).violated());
  }

  @Test
  void deadTransitionsOfUnboundedNets() {
    PetriNet net =
        new dev.airproof.petri.build.NetBuilder("unbounded_dead")
            .place("run")
            .place("out")
            .place("never")
            .transition("gen")
            .transition("blocked")
            .arc("run", "gen")
            .arc("gen", "run")
            .arc("gen", "out")
            .arc("out", "blocked")
            .arc("never", "blocked")
            .tokens("run", 1)
            .build()
            .orElseThrow();
    CoverabilityGraph cg = KarpMiller.build(net, ExplorationLimits.defaults());
    var v = cg.noDeadTransitions();
    assertEquals(
        List.of("blocked"),
        ((dev.airproof.petri.verdict.Witness.Exhaustive)
                ((dev.airproof.petri.verdict.Verdict.Violated) v).witness())
            .subjects());
    assertTrue(
        KarpMiller.build(ClassicNets.generator(), ExplorationLimits.defaults())
            .noDeadTransitions()
            .holds());
  }

  @Test
  void boundedNetsGetExactBounds() {
    Boundedness b =
        KarpMiller.boundedness(ClassicNets.producerConsumer(3), ExplorationLimits.defaults());
    Boundedness.Bounded bounded = assertInstanceOf(Boundedness.Bounded.class, b);
    assertEquals(3, bounded.k());
    assertEquals(16, bounded.nodes());
    assertEquals(3, bounded.bounds().get("free_slots"));
  }

  @Test
  void boundReachedBeforeAnyAccelerationIsUnknown() {
    Boundedness b = KarpMiller.boundedness(ClassicNets.cycles(4), ExplorationLimits.states(10));
    assertEquals(new Boundedness.Unknown("bound reached after 10 nodes", 10), b);
  }

  /**
   * On at least 300 seeded random nets: Karp–Miller says "bounded" exactly when the explicit
   * reachability graph is finite (within the bound), with the same per-place bounds; when it says
   * "unbounded" the pump witness replays and the explicit search cannot finish.
   */
  @TestFactory
  Stream<DynamicTest> karpMillerAgreesWithExplicitBoundedness() {
    long base = RandomNets.baseSeed();
    return LongStream.range(base, base + 400)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> compare(seed)));
  }

  private static void compare(long seed) {
    PetriNet net = RandomNets.net(new SplittableRandom(seed), 6, 6);
    String msg = "seed " + seed + ": " + net;
    CoverabilityGraph cg = KarpMiller.build(net, ExplorationLimits.states(20_000));
    Boundedness km = cg.boundedness();
    ReachabilityGraph g = ReachabilityExplorer.explore(net, ExplorationLimits.states(20_000));
    switch (km) {
      case Boundedness.Bounded b -> {
        assertTrue(g.isComplete(), msg);
        Map<String, Integer> explicit = ((PlaceBounds.Exact) Bounds.placeBounds(g)).bounds();
        assertEquals(explicit, b.bounds(), msg);
        assertEquals(g.stateCount(), b.nodes(), msg + ": bounded KM graph = reachability graph");
        assertEquals(
            dev.airproof.petri.analysis.Liveness.noDeadTransitions(g).holds(),
            cg.noDeadTransitions().holds(),
            msg);
      }
      case Boundedness.Unbounded u -> {
        Witnesses.replay(net, u.witness());
        assertFalse(g.isComplete(), msg);
      }
      case Boundedness.Unknown unknown -> assertFalse(g.isComplete(), msg);
    }
  }
}
