package dev.airproof.petri.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.fixtures.Witnesses;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkingPredicatesTest {
  @Test
  void invariantsReachabilityAndDeadMarkings() {
    PetriNet mutex = ClassicNets.mutualExclusion();
    ReachabilityGraph g = ReachabilityExplorer.explore(mutex, ExplorationLimits.defaults());
    int c1 = mutex.placeIndex("crit1").orElseThrow();
    int c2 = mutex.placeIndex("crit2").orElseThrow();
    assertTrue(
        MarkingPredicates.invariant(g, "mutual exclusion", m -> m.get(c1) + m.get(c2) <= 1)
            .holds());
    assertTrue(MarkingPredicates.reachable(g, "crit2 reachable", m -> m.get(c2) == 1).holds());
    Witness.Path p =
        assertInstanceOf(
            Witness.Path.class,
            Witnesses.replayViolation(
                mutex, MarkingPredicates.unreachable(g, "crit2 never", m -> m.get(c2) == 1)));
    assertEquals(List.of("enter2"), p.transitions());
    assertTrue(MarkingPredicates.reachable(g, "both", m -> m.get(c1) + m.get(c2) == 2).violated());

    PetriNet philo = ClassicNets.philosophers(3);
    ReachabilityGraph ph = ReachabilityExplorer.explore(philo, ExplorationLimits.defaults());
    int think0 = philo.placeIndex("think0").orElseThrow();
    Verdict stops =
        MarkingPredicates.deadMarkingsSatisfy(ph, "stops thinking", m -> m.get(think0) == 1);
    assertEquals(3, ((Witness.Path) Witnesses.replayViolation(philo, stops)).transitions().size());
  }
}
