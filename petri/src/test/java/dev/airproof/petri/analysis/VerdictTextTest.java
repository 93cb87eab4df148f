package dev.airproof.petri.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.petri.coverability.Boundedness;
import dev.airproof.petri.coverability.KarpMiller;
import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.VerdictText;
import org.junit.jupiter.api.Test;

class VerdictTextTest {
  @Test
  void rendersEachKind() {
    PetriNet ph = ClassicNets.philosophers(2);
    ReachabilityGraph g = ReachabilityExplorer.explore(ph, ExplorationLimits.defaults());
    assertEquals(
        "VIOLATED deadlock freedom: the dead marking {left0, left1} is reachable\n"
            + "  witness: takeLeft0 -> takeLeft1 -> {left0, left1}",
        VerdictText.render(ph, Deadlocks.deadlockFreedom(g)));
    assertEquals("HOLDS 1-boundedness (6 states)", VerdictText.render(ph, Bounds.safe(g)));
    PetriNet mutex = ClassicNets.mutualExclusion();
    ReachabilityGraph m = ReachabilityExplorer.explore(mutex, ExplorationLimits.defaults());
    assertEquals(
        "VIOLATED termination: the firing sequence can loop forever through {idle1, idle2, lock}\n"
            + "  witness: initially {idle1, idle2, lock} then forever: enter1 -> leave1 -> "
            + "{idle1, idle2, lock}",
        VerdictText.render(mutex, Termination.termination(m)));
    PetriNet gen = ClassicNets.generator();
    Boundedness.Unbounded u =
        (Boundedness.Unbounded) KarpMiller.boundedness(gen, ExplorationLimits.defaults());
    assertEquals(
        "initially {running} then repeat gen (reaching {running, out}): out grow without bound",
        VerdictText.render(gen, u.witness()));
    ReachabilityGraph cut = ReachabilityExplorer.explore(gen, ExplorationLimits.states(5));
    assertEquals(
        "UNKNOWN deadlock freedom: bound reached after 5 states (5 states)",
        VerdictText.render(gen, Deadlocks.deadlockFreedom(cut)));
  }
}
