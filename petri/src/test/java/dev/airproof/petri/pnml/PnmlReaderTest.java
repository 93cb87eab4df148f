package dev.airproof.petri.pnml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.pnml.PnmlError.Code;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PnmlReaderTest {
  private static final String HEAD =
      "<pnml xmlns=\"http://www.pnml.org/version-2009/grammar/pnml\">\n"
          + "<net id=\"n\" type=\"http://www.pnml.org/version-2009/grammar/ptnet\">\n";

  private static List<PnmlError> errors(String xml) {
    return assertInstanceOf(PnmlResult.Failed.class, PnmlReader.read(xml)).errors();
  }

  private static PnmlError single(String xml) {
    List<PnmlError> errors = errors(xml);
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  @Test
  void malformedXmlHasAPosition() {
    PnmlError e = single(HEAD + "<page id=\"p\">\n  <place id=\"a\">\n</page></net></pnml>");
    assertEquals(Code.MALFORMED_XML, e.code());
    assertEquals(5, e.line(), "the mismatched end tag");
  }

  @Test
  void wrongRootAndNetType() {
    assertEquals(Code.NOT_PNML, single("<petrinet/>").code());
    assertEquals(Code.NOT_PNML, single("<pnml/>").code());
    PnmlError e =
        single(
            "<pnml>\n"
                + " <net id=\"n\" type=\"http://example.org/colored\"><page"
                + " id=\"g\"/></net></pnml>");
    assertEquals(Code.UNSUPPORTED_NET_TYPE, e.code());
    assertEquals(2, e.line());
  }

  @Test
  void badNumbersAreReportedWithLineAndColumn() {
    List<PnmlError> errors =
        errors(
            HEAD
                + "<page id=\"g\">\n"
                + "<place id=\"a\"><initialMarking><text>-1</text></initialMarking></place>\n"
                + "<transition id=\"t\"/>\n"
                + "<arc id=\"x\" source=\"a\""
                + " target=\"t\"><inscription><text>0</text></inscription></arc>\n"
                + "<arc id=\"y\" source=\"t\""
                + " target=\"a\"><inscription><text>two</text></inscription></arc>\n"
                + "</page></net></pnml>");
    assertEquals(
        List.of(Code.INVALID_NUMBER, Code.INVALID_NUMBER, Code.INVALID_NUMBER),
        errors.stream().map(PnmlError::code).toList());
    assertEquals(List.of(4, 6, 7), errors.stream().map(PnmlError::line).toList());
    assertEquals(true, errors.get(0).column() > 1);
  }

  @Test
  void structuralErrorsPointAtTheElement() {
    List<PnmlError> errors =
        errors(
            HEAD
                + "<page id=\"g\">\n"
                + "<place id=\"a\"/>\n"
                + "<place id=\"b\"/>\n"
                + "<arc id=\"x\" source=\"a\" target=\"b\"/>\n"
                + "<arc id=\"y\" source=\"a\" target=\"nowhere\"/>\n"
                + "<place id=\"a\"/>\n"
                + "<arc source=\"a\" target=\"b\"/>\n"
                + "</page></net></pnml>");
    assertEquals(
        List.of(Code.DUPLICATE_ID, Code.MISSING_ATTRIBUTE),
        errors.stream().map(PnmlError::code).toList());
    List<PnmlError> structural =
        errors(
            HEAD
                + "<page id=\"g\">\n"
                + "<place id=\"a\"/>\n"
                + "<place id=\"b\"/>\n"
                + "<arc id=\"x\" source=\"a\" target=\"b\"/>\n"
                + "<arc id=\"y\" source=\"a\" target=\"nowhere\"/>\n"
                + "</page></net></pnml>");
    assertEquals(
        List.of(Code.INVALID_NET, Code.INVALID_NET),
        structural.stream().map(PnmlError::code).toList());
    assertEquals(List.of(6, 7), structural.stream().map(PnmlError::line).toList());
  }

  @Test
  void unexpectedElementsAndMissingPages() {
    PnmlError e =
        single(HEAD + "<page id=\"g\"><place id=\"a\"><colour/></place></page></net></pnml>");
    assertEquals(Code.UNEXPECTED_ELEMENT, e.code());
    assertEquals(Code.NO_PAGE, single(HEAD + "</net></pnml>").code());
  }

  @Test
  void pagesAndReferenceNodesAreFlattened() {
    PnmlResult r =
        PnmlReader.read(
            HEAD
                + "<page id=\"g1\">\n"
                + "  <place id=\"a\"><initialMarking><text>2</text></initialMarking></place>\n"
                + "  <transition id=\"t\"><name><text>tee</text></name></transition>\n"
                + "  <page id=\"g2\">\n"
                + "    <referencePlace id=\"ra\" ref=\"a\"/>\n"
                + "    <referencePlace id=\"rra\" ref=\"ra\"/>\n"
                + "    <referenceTransition id=\"rt\" ref=\"t\"/>\n"
                + "    <place id=\"b\"><graphics><position x=\"1.5\" y=\"2\"/><dimension x=\"40\""
                + " y=\"40\"/></graphics></place>\n"
                + "    <arc id=\"x\" source=\"rra\""
                + " target=\"rt\"><inscription><text>2</text></inscription></arc>\n"
                + "    <arc id=\"y\" source=\"rt\" target=\"b\"/>\n"
                + "  </page>\n"
                + "</page>\n"
                + "<toolspecific tool=\"other\""
                + " version=\"9\"><anything><at/><all/></anything></toolspecific>\n"
                + "</net></pnml>");
    PetriNet net = assertInstanceOf(PnmlResult.Read.class, r, r::toString).nets().get(0);
    assertEquals(List.of("a", "b"), net.places().stream().map(p -> p.id()).toList());
    assertEquals("tee", net.transition(0).name());
    assertEquals("a", net.arcs().get(0).source());
    assertEquals("t", net.arcs().get(0).target());
    assertEquals(Marking.of(0, 1), net.fire(net.initialMarking(), 0));
    assertEquals(
        Optional.of(new dev.airproof.petri.model.Position(1.5, 2)), net.place(1).position());
  }

  @Test
  void referenceCyclesAndDanglingReferences() {
    List<PnmlError> errors =
        errors(
            HEAD
                + "<page id=\"g\">\n"
                + "<referencePlace id=\"r1\" ref=\"r2\"/>\n"
                + "<referencePlace id=\"r2\" ref=\"r1\"/>\n"
                + "<referenceTransition id=\"r3\" ref=\"ghost\"/>\n"
                + "</page></net></pnml>");
    assertEquals(
        List.of(Code.UNRESOLVED_REFERENCE, Code.REFERENCE_CYCLE, Code.REFERENCE_CYCLE),
        errors.stream().map(PnmlError::code).sorted().toList());
  }

  @Test
  void dtdsAreNotProcessed() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE pnml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<pnml>&x;</pnml>";
    assertEquals(Code.MALFORMED_XML, errors(xml).get(0).code());
  }

  @Test
  void readsAnMccStyleModelAndAnalysesIt() throws Exception {
    String xml =
        new String(
            PnmlReaderTest.class.getResourceAsStream("/pnml/mcc-style.pnml").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    PnmlResult r = PnmlReader.read(xml);
    PetriNet net = assertInstanceOf(PnmlResult.Read.class, r, r::toString).nets().get(0);
    assertEquals("Philo2-PT", net.name());
    assertEquals(6, net.placeCount());
    assertEquals(Marking.of(1, 1, 0, 1, 1, 0), net.initialMarking());
    assertEquals("take both forks 0", net.transition(0).name());
    assertEquals(
        Optional.of(new dev.airproof.petri.model.Position(10, 10)), net.place(0).position());
    var g =
        dev.airproof.petri.reach.ReachabilityExplorer.explore(
            net, dev.airproof.petri.reach.ExplorationLimits.defaults());
    assertEquals(3, g.stateCount(), "both idle, 0 eats, 1 eats");
    assertEquals(true, dev.airproof.petri.analysis.Liveness.liveness(g).holds());
  }
}
