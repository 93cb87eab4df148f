package dev.airproof.petri.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.fixtures.RandomNets;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ReachabilityExplorerTest {
  /** A naive reference BFS over {@link PetriNet#fire}: markings with their BFS depth. */
  private static Map<Marking, Integer> naive(PetriNet net, int max) {
    Map<Marking, Integer> depth = new HashMap<>();
    ArrayDeque<Marking> queue = new ArrayDeque<>();
    depth.put(net.initialMarking(), 0);
    queue.add(net.initialMarking());
    while (!queue.isEmpty() && depth.size() <= max) {
      Marking m = queue.poll();
      for (int t : net.enabled(m)) {
        Marking n = net.fire(m, t);
        if (depth.putIfAbsent(n, depth.get(m) + 1) == null) {
          queue.add(n);
        }
      }
    }
    return depth;
  }

  private static void assertAgreesWithNaive(PetriNet net) {
    ReachabilityGraph g = ReachabilityExplorer.explore(net, ExplorationLimits.states(100_000));
    Map<Marking, Integer> expected = naive(net, 100_000);
    assertTrue(g.isComplete());
    assertEquals(expected.size(), g.stateCount(), net.id());
    Set<Marking> seen = new HashSet<>();
    int edges = 0;
    for (int s = 0; s < g.stateCount(); s++) {
      Marking m = g.marking(s);
      seen.add(m);
      assertEquals(expected.get(m), g.pathTo(s).length, "BFS path is shortest");
      assertEquals(m, net.replay(g.pathIdsTo(s)).orElseThrow());
      assertEquals(s, g.find(m).orElseThrow());
      assertEquals(net.enabled(m).size(), g.outDegree(s));
      for (int e = g.firstEdge(s); e < g.endEdge(s); e++) {
        assertEquals(s, g.edgeSource(e));
        assertEquals(g.marking(g.edgeTarget(e)), net.fire(m, g.edgeTransition(e)));
        edges++;
      }
    }
    assertEquals(expected.keySet(), seen);
    assertEquals(edges, g.edgeCount());
  }

  @Test
  void classicNetsMatchANaiveSearch() {
    assertAgreesWithNaive(ClassicNets.producerConsumer(3));
    assertAgreesWithNaive(ClassicNets.mutualExclusion());
    assertAgreesWithNaive(ClassicNets.philosophers(3));
    assertAgreesWithNaive(ClassicNets.cycles(4));
  }

  @Test
  void knownStateCounts() {
    ExplorationLimits l = ExplorationLimits.defaults();
    assertEquals(81, ReachabilityExplorer.explore(ClassicNets.cycles(4), l).stateCount());
    assertEquals(3, ReachabilityExplorer.explore(ClassicNets.mutualExclusion(), l).stateCount());
    // producer (2 states) x consumer (2) x buffer fill 0..k (k+1), all combinations reachable
    assertEquals(16, ReachabilityExplorer.explore(ClassicNets.producerConsumer(3), l).stateCount());
  }

  @TestFactory
  Stream<DynamicTest> randomBoundedNetsMatchANaiveSearch() {
    long base = RandomNets.baseSeed();
    return LongStream.range(base, base + 60)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      PetriNet net = RandomNets.net(new SplittableRandom(seed), 5, 5);
                      ReachabilityGraph g =
                          ReachabilityExplorer.explore(net, ExplorationLimits.states(2_000));
                      if (g.isComplete()) {
                        assertAgreesWithNaive(net);
                      } else {
                        assertEquals(2_000, g.stateCount(), "seed " + seed);
                      }
                    }));
  }

  @Test
  void boundStopsTheSearchWithAnExplicitTruncation() {
    PetriNet net = ClassicNets.generator();
    ReachabilityGraph g = ReachabilityExplorer.explore(net, ExplorationLimits.states(50));
    assertFalse(g.isComplete());
    Truncation t = g.truncation().orElseThrow();
    assertEquals("bound reached after 50 states", t.reason());
    assertEquals(50, g.stateCount());
    assertTrue(g.expandedCount() < 50);
    for (int s = 0; s < g.stateCount(); s++) {
      assertEquals(g.marking(s), net.replay(g.pathIdsTo(s)).orElseThrow());
    }
  }

  @Test
  void exactBoundIsNotATruncation() {
    ReachabilityGraph g =
        ReachabilityExplorer.explore(ClassicNets.cycles(2), ExplorationLimits.states(9));
    assertTrue(g.isComplete());
    assertEquals(9, g.stateCount());
  }

  @Test
  void jgraphtViewGivesTheSameComponents() {
    ReachabilityGraph g =
        ReachabilityExplorer.explore(ClassicNets.philosophers(3), ExplorationLimits.defaults());
    ReachabilityGraphView view = new ReachabilityGraphView(g);
    assertEquals(g.stateCount(), view.vertexSet().size());
    assertEquals(g.edgeCount(), view.edgeSet().size());
    int in = 0;
    for (int s = 0; s < g.stateCount(); s++) {
      in += view.inDegreeOf(s);
    }
    assertEquals(g.edgeCount(), in);
    // the deadlock is its own bottom component; every other state is strongly connected
    var sccs = new KosarajuStrongConnectivityInspector<>(view).stronglyConnectedSets();
    assertEquals(g.stateCount() - 1, sccs.stream().mapToInt(Set::size).max().orElseThrow());
  }
}
