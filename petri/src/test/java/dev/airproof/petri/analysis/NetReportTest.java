package dev.airproof.petri.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.coverability.Boundedness;
import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.verdict.Verdict;
import org.junit.jupiter.api.Test;

class NetReportTest {
  @Test
  void boundedAndUnboundedNets() {
    NetReport pc = NetReport.analyse(ClassicNets.producerConsumer(2), ExplorationLimits.defaults());
    assertTrue(pc.complete());
    assertEquals(12, pc.states());
    assertEquals(2, assertInstanceOf(Boundedness.Bounded.class, pc.boundedness()).k());
    assertTrue(pc.deadlockFreedom().holds() && pc.liveness().holds() && pc.reversibility().holds());
    assertTrue(pc.termination().violated());

    NetReport gen = NetReport.analyse(ClassicNets.generator(), ExplorationLimits.states(100));
    assertFalse(gen.complete());
    assertInstanceOf(Boundedness.Unbounded.class, gen.boundedness());
    assertInstanceOf(PlaceBounds.AtLeast.class, gen.placeBounds());
    assertInstanceOf(Verdict.Unknown.class, gen.liveness());
    assertTrue(gen.noDeadTransitions().holds());
    assertInstanceOf(
        Verdict.Unknown.class, gen.termination(), "runs forever, but never repeats a marking");
  }
}
