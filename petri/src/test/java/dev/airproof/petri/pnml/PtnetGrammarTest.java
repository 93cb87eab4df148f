package dev.airproof.petri.pnml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.fixtures.RandomNets;
import dev.airproof.petri.fixtures.WorkflowFixtures;
import dev.airproof.petri.model.PetriNet;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The writer's output conforms to the ptnet grammar; the checker itself rejects bad documents. */
class PtnetGrammarTest {
  @Test
  void writerOutputIsValid() {
    List<PetriNet> nets =
        new java.util.ArrayList<>(
            List.of(
                ClassicNets.producerConsumer(2),
                ClassicNets.philosophers(3),
                ClassicNets.generator(),
                WorkflowFixtures.sound(),
                WorkflowFixtures.deadTransition(),
                PnmlRoundTripTest.labelled()));
    for (long seed = 0; seed < 30; seed++) {
      nets.add(RandomNets.net(new SplittableRandom(seed), 6, 6));
    }
    for (PetriNet net : nets) {
      String xml = PnmlWriter.write(net);
      assertEquals(List.of(), PtnetGrammar.violations(xml), net.id() + "\n" + xml);
    }
  }

  @Test
  void promFinalMarkingsAreAnExtensionOutsideTheGrammar() throws Exception {
    StringWriter out = new StringWriter();
    PnmlWriter.write(List.of(WorkflowFixtures.sound()), new PnmlWriter.Options(true), out);
    assertEquals(
        List.of("<finalmarkings> is not allowed in <net>"),
        PtnetGrammar.violations(out.toString()));
  }

  @Test
  void checkerRejectsEachKindOfDefect() {
    String good = PnmlWriter.write(PnmlRoundTripTest.labelled());
    assertEquals(List.of(), PtnetGrammar.violations(good));
    List<String[]> mutations =
        List.of(
            new String[] {
              "type=\"http://www.pnml.org/version-2009/grammar/ptnet\"", "type=\"x\"", "net type"
            },
            new String[] {
              "<text>3</text>\n        </initialMarking>",
              "<text>-3</text>\n        </initialMarking>",
              "nonNegativeInteger"
            },
            new String[] {
              "<inscription>\n          <text>3</text>",
              "<inscription>\n          <text>0</text>",
              "positiveInteger"
            },
            new String[] {"target=\"t_call\"", "target=\"a2\"", "joins"},
            new String[] {"source=\"t_call\" target=\"o\"", "source=\"i\" target=\"o\"", "joins"},
            new String[] {"<place id=\"o\">", "<place id=\"i\">", "not unique"},
            new String[] {"<place id=\"o\">", "<place id=\"1o\">", "NCName"},
            new String[] {
              "<position x=\"0\" y=\"12.5\"/>", "<position x=\"1e3\" y=\"12.5\"/>", "decimal"
            },
            new String[] {
              "<position x=\"0\" y=\"12.5\"/>",
              "<dimension x=\"1\" y=\"1\"/>",
              "exactly one <position>"
            },
            new String[] {
              "<page id=\"labelled_page\">",
              "<page id=\"labelled_page\"><initialMarking/>",
              "not allowed in <page>"
            },
            new String[] {"<page id=\"labelled_page\">", "<page>", "needs attribute 'id'"},
            new String[] {
              "<toolspecific tool=\"airproof\" version=\"0.1\">\n          <label>",
              "<toolspecific tool=\"airproof\">\n          <label>",
              "needs attribute 'version'"
            },
            new String[] {
              "xmlns=\"http://www.pnml.org/version-2009/grammar/pnml\"", "", "PNML namespace"
            });
    for (String[] m : mutations) {
      assertTrue(good.contains(m[0]), "mutation anchor missing: " + m[0]);
      List<String> v = PtnetGrammar.violations(good.replace(m[0], m[1]));
      assertTrue(v.stream().anyMatch(s -> s.contains(m[2])), m[2] + " not detected: " + v);
    }
    String noPage = good.replaceAll("(?s)<page .*</page>", "");
    assertTrue(PtnetGrammar.violations(noPage).contains("<net> needs at least one <page>"));
  }
}
