package dev.airproof.petri.pnml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.build.NetBuilder;
import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.fixtures.Golden;
import dev.airproof.petri.fixtures.RandomNets;
import dev.airproof.petri.fixtures.WorkflowFixtures;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.model.Position;
import dev.airproof.petri.model.Transition;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PnmlRoundTripTest {
  static PetriNet labelled() {
    return new NetBuilder("labelled")
        .name("a \"quoted\" <net> & more")
        .place("i", "start place", new Position(0, 12.5))
        .place("o")
        .transition(
            new Transition(
                "t_call",
                "call peerA (svc fn)",
                Optional.of("svc.fn"),
                Optional.of(new Position(-40.25, 1e7))))
        .transition("t_silent")
        .arc("i", "t_call", 3)
        .arc("t_call", "o")
        .arc("o", "t_silent")
        .tokens("i", 3)
        .finalTokens("o", 1)
        .build()
        .orElseThrow();
  }

  static PetriNet roundTrip(PetriNet net) {
    String xml = PnmlWriter.write(net);
    PnmlResult r = PnmlReader.read(xml);
    List<PetriNet> nets = assertInstanceOf(PnmlResult.Read.class, r, () -> r + "\n" + xml).nets();
    assertEquals(1, nets.size());
    return nets.get(0);
  }

  @Test
  void classicAndWorkflowNetsRoundTrip() {
    for (PetriNet net :
        List.of(
            ClassicNets.producerConsumer(2),
            ClassicNets.mutualExclusion(),
            ClassicNets.philosophers(3),
            ClassicNets.generator(),
            WorkflowFixtures.sound(),
            WorkflowFixtures.relaxedNotSound(),
            labelled())) {
      assertEquals(net, roundTrip(net), net.id());
    }
  }

  @TestFactory
  Stream<DynamicTest> randomNetsRoundTrip() {
    long base = RandomNets.baseSeed();
    return LongStream.range(base, base + 50)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      PetriNet net = RandomNets.net(new SplittableRandom(seed), 6, 6);
                      assertEquals(net, roundTrip(net), "seed " + seed);
                    }));
  }

  @Test
  void goldenDocument() {
    Golden.assertMatches("pnml/labelled.pnml", PnmlWriter.write(labelled()));
    Golden.assertMatches("pnml/sound_workflow.pnml", PnmlWriter.write(WorkflowFixtures.sound()));
  }

  @Test
  void severalNetsAndPromFinalMarkings() throws Exception {
    StringWriter out = new StringWriter();
    PetriNet mutex = prefixArcIds(ClassicNets.mutualExclusion());
    PnmlWriter.write(List.of(WorkflowFixtures.sound(), mutex), new PnmlWriter.Options(true), out);
    String xml = out.toString();
    assertTrue(xml.contains("<finalmarkings>"), xml);
    // the ProM element alone suffices for the reader
    String promOnly =
        xml.replaceAll(
            "(?s)<toolspecific tool=\"airproof\""
                + " version=\"0.1\">\\s*<finalMarking>.*?</toolspecific>",
            "");
    List<PetriNet> nets = ((PnmlResult.Read) PnmlReader.read(promOnly)).nets();
    assertEquals(List.of(WorkflowFixtures.sound(), mutex), nets);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PnmlWriter.write(
                List.of(WorkflowFixtures.sound(), ClassicNets.mutualExclusion()),
                PnmlWriter.Options.standard(),
                new StringWriter()),
        "arc ids must be unique across the document");
  }

  private static PetriNet prefixArcIds(PetriNet net) {
    return PetriNet.of(
        net.id(),
        net.name(),
        net.places(),
        net.transitions(),
        net.arcs().stream()
            .map(
                a ->
                    new dev.airproof.petri.model.Arc(
                        net.id() + "_" + a.id(), a.source(), a.target(), a.weight()))
            .toList(),
        net.tokensById(net.initialMarking()),
        net.finalMarking().map(net::tokensById));
  }

  @Test
  void writerRefusesIdsThatAreNotNcNames() {
    PetriNet net = new NetBuilder("bad id").place("1p").build().orElseThrow();
    assertEquals(List.of("bad id", "1p"), PnmlWriter.invalidIds(net));
    assertThrows(IllegalArgumentException.class, () -> PnmlWriter.write(net));
  }

  @Test
  void decimalsHaveNoExponent() {
    assertEquals("10000000", PnmlWriter.decimal(1e7));
    assertEquals("-40.25", PnmlWriter.decimal(-40.25));
    assertEquals("0.0001", PnmlWriter.decimal(1e-4));
  }
}
