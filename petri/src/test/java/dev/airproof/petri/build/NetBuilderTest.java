package dev.airproof.petri.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.model.Arc;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.NetError;
import dev.airproof.petri.model.NetError.Code;
import dev.airproof.petri.model.PetriNet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetBuilderTest {
  private static List<Code> codes(BuildResult r) {
    return assertInstanceOf(BuildResult.Invalid.class, r).errors().stream()
        .map(NetError::code)
        .toList();
  }

  @Test
  void reportsEveryErrorAsAValue() {
    BuildResult r =
        new NetBuilder("n")
            .place("p")
            .place("p")
            .place("")
            .transition("t")
            .place("q")
            .arc("p", "t", 0)
            .arc("p", "ghost")
            .arc("p", "q")
            .arc(new Arc("x", "t", "q", 1))
            .arc(new Arc("y", "t", "q", 2))
            .tokens("nowhere", 1)
            .tokens("q", -2)
            .finalTokens("t", 1)
            .build();
    assertEquals(
        List.of(
            Code.DUPLICATE_ID,
            Code.EMPTY_ID,
            Code.NON_POSITIVE_WEIGHT,
            Code.DANGLING_ARC,
            Code.ARC_BETWEEN_SAME_KIND,
            Code.DUPLICATE_ARC,
            Code.UNKNOWN_PLACE_IN_MARKING,
            Code.NEGATIVE_TOKENS,
            Code.UNKNOWN_PLACE_IN_MARKING),
        codes(r));
    NetError dangling = ((BuildResult.Invalid) r).errors().get(3);
    assertEquals("a2", dangling.subject());
    assertTrue(dangling.message().contains("ghost"), dangling.message());
  }

  @Test
  void arcIdsAreGeneratedAroundTakenIds() {
    PetriNet net =
        new NetBuilder("n")
            .place("a1")
            .transition("t")
            .arc("a1", "t")
            .arc(new Arc("a2", "t", "a1", 3))
            .build()
            .orElseThrow();
    assertEquals(List.of("a3", "a2"), net.arcs().stream().map(Arc::id).toList());
  }

  @Test
  void firingRuleRespectsWeights() {
    PetriNet net =
        new NetBuilder("n")
            .place("p")
            .place("q")
            .transition("t")
            .arc("p", "t", 2)
            .arc("t", "q", 3)
            .tokens("p", 3)
            .build()
            .orElseThrow();
    Marking m0 = net.initialMarking();
    assertEquals(Marking.of(3, 0), m0);
    assertTrue(net.isEnabled(m0, 0));
    Marking m1 = net.fire(m0, 0);
    assertEquals(Marking.of(1, 3), m1);
    assertFalse(net.isEnabled(m1, 0));
    assertTrue(net.isDead(m1));
    assertThrows(IllegalStateException.class, () -> net.fire(m1, 0));
    assertEquals(Map.of("p", 1, "q", 3), net.tokensById(m1));
    assertEquals("{p, q:3}", net.describe(m1));
    assertEquals(m1, net.replay(List.of("t")).orElseThrow());
    assertTrue(net.replay(List.of("t", "t")).isEmpty());
  }

  @Test
  void petriNetOfTreatsInvalidDeclarationsAsBugs() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PetriNet.of(
                "n",
                "n",
                List.of(),
                List.of(),
                List.of(new Arc("a", "x", "y", 1)),
                Map.of(),
                java.util.Optional.empty()));
  }
}
