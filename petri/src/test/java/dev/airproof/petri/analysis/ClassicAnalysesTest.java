package dev.airproof.petri.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.fixtures.Witnesses;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassicAnalysesTest {
  private static ReachabilityGraph explore(PetriNet net) {
    return ReachabilityExplorer.explore(net, ExplorationLimits.defaults());
  }

  @Test
  void producerConsumerIsBoundedLiveReversibleAndDeadlockFree() {
    ReachabilityGraph g = explore(ClassicNets.producerConsumer(2));
    assertTrue(Deadlocks.deadlockFreedom(g).holds());
    assertTrue(Liveness.noDeadTransitions(g).holds());
    assertTrue(Liveness.liveness(g).holds());
    assertEquals(List.of(), Liveness.nonLiveTransitions(g));
    assertTrue(Reversibility.reversibility(g).holds());
    PlaceBounds.Exact b = assertInstanceOf(PlaceBounds.Exact.class, Bounds.placeBounds(g));
    assertEquals(2, b.k());
    assertEquals(2, b.bounds().get("buffer"));
    assertEquals(1, b.bounds().get("produced"));
    assertTrue(Bounds.kBounded(g, 2).holds());
    Witness w = Witnesses.replayViolation(g.net(), Bounds.safe(g));
    assertEquals(List.of(), ((Witness.Path) w).transitions(), "two free slots initially");
    assertTrue(Termination.termination(g).violated());
  }

  @Test
  void mutualExclusionNeverMarksBothCriticalSections() {
    PetriNet net = ClassicNets.mutualExclusion();
    ReachabilityGraph g = explore(net);
    for (int s = 0; s < g.stateCount(); s++) {
      Map<String, Integer> m = net.tokensById(g.marking(s));
      assertTrue(!(m.containsKey("crit1") && m.containsKey("crit2")), m.toString());
    }
    assertTrue(Bounds.safe(g).holds());
    assertTrue(Liveness.liveness(g).holds());
    assertTrue(Reversibility.reversibility(g).holds());
    Witness.Lasso lasso =
        assertInstanceOf(
            Witness.Lasso.class, Witnesses.replayViolation(net, Termination.termination(g)));
    assertEquals(List.of(), lasso.stem());
    assertEquals(2, lasso.cycle().size());
  }

  @Test
  void threePhilosophersDeadlockAfterEveryoneTakesTheLeftFork() {
    PetriNet net = ClassicNets.philosophers(3);
    ReachabilityGraph g = explore(net);
    Verdict v = Deadlocks.deadlockFreedom(g);
    Witness.Path p = assertInstanceOf(Witness.Path.class, Witnesses.replayViolation(net, v));
    assertEquals(3, p.transitions().size());
    assertTrue(p.transitions().stream().allMatch(t -> t.startsWith("takeLeft")));
    assertEquals(Map.of("left0", 1, "left1", 1, "left2", 1), net.tokensById(p.reached()));
    assertEquals(List.of(p.reached()), Deadlocks.deadMarkings(g));
    Witnesses.replayViolation(net, Liveness.liveness(g));
    Witnesses.replayViolation(net, Reversibility.reversibility(g));
    assertTrue(Liveness.noDeadTransitions(g).holds(), "quasi-live although not live");
    assertEquals(
        net.transitions().stream().map(t -> t.id()).toList(), Liveness.nonLiveTransitions(g));
    assertTrue(Bounds.safe(g).holds());
  }

  @Test
  void deadTransitionsAreReportedWithAnExhaustiveWitness() {
    PetriNet net =
        new dev.airproof.petri.build.NetBuilder("dead")
            .place("p")
            .place("q")
            .transition("go")
            .transition("never")
            .arc("p", "go")
            .arc("go", "q")
            .arc("q", "never", 2)
            .arc("never", "p")
            .tokens("p", 1)
            .build()
            .orElseThrow();
    ReachabilityGraph g = explore(net);
    assertEquals(List.of("never"), Liveness.deadTransitions(g));
    Verdict v = Liveness.noDeadTransitions(g);
    Witness.Exhaustive e =
        assertInstanceOf(Witness.Exhaustive.class, Witnesses.replayViolation(net, v));
    assertEquals(List.of("never"), e.subjects());
    assertEquals(2, e.statesExplored());
    assertTrue(Termination.termination(g).holds(), "no cycle in {p} -> {q}");
  }

  @Test
  void homeMarkingsAndUnreachableTargets() {
    PetriNet net = ClassicNets.philosophers(3);
    ReachabilityGraph g = explore(net);
    Marking deadlock = Deadlocks.deadMarkings(g).get(0);
    assertTrue(
        Reversibility.homeMarking(g, deadlock).holds(), "the deadlock is the only bottom SCC");
    Witnesses.replayViolation(net, Reversibility.homeMarking(g, net.initialMarking()));
    Witness.Path p =
        assertInstanceOf(
            Witness.Path.class,
            Witnesses.replayViolation(
                net, Reversibility.homeMarking(g, Marking.zero(net.placeCount()))));
    assertEquals(List.of(), p.transitions());
    ReachabilityGraph mutex = explore(ClassicNets.mutualExclusion());
    assertTrue(
        Reversibility.homeMarking(mutex, mutex.marking(1)).holds(),
        () -> Reversibility.homeMarking(mutex, mutex.marking(1)).toString());
  }

  @Test
  void truncatedGraphsGiveUnknownButKeepRealViolations() {
    PetriNet gen = ClassicNets.generator();
    ReachabilityGraph g = ReachabilityExplorer.explore(gen, ExplorationLimits.states(20));
    Verdict.Unknown u = assertInstanceOf(Verdict.Unknown.class, Deadlocks.deadlockFreedom(g));
    assertEquals("bound reached after 20 states", u.reason());
    assertEquals(20, u.statesExplored());
    assertInstanceOf(Verdict.Unknown.class, Liveness.liveness(g));
    assertInstanceOf(Verdict.Unknown.class, Reversibility.reversibility(g));
    assertInstanceOf(PlaceBounds.AtLeast.class, Bounds.placeBounds(g));
    Witnesses.replayViolation(gen, Bounds.kBounded(g, 3));
    assertTrue(Liveness.noDeadTransitions(g).holds(), "both transitions were seen firing");
    // the philosophers' deadlock is found at depth 3, long before the bound
    ReachabilityGraph ph =
        ReachabilityExplorer.explore(ClassicNets.philosophers(5), ExplorationLimits.states(60));
    assertTrue(!ph.isComplete() && Deadlocks.deadlockFreedom(ph).holds() == false);
  }
}
