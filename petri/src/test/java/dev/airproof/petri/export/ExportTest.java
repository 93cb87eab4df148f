package dev.airproof.petri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.coverability.KarpMiller;
import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.fixtures.Golden;
import dev.airproof.petri.fixtures.WorkflowFixtures;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.nio.json.JSONImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

class ExportTest {
  private static Graph<String, DefaultEdge> target() {
    return new DirectedPseudograph<>(
        SupplierUtil.createStringSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
  }

  @Test
  void netDotGraphmlJsonGoldens() {
    PetriNet pc = ClassicNets.producerConsumer(2);
    Golden.assertMatches("export/producer_consumer.dot", NetExporter.dot(pc));
    Golden.assertMatches("export/producer_consumer.graphml", NetExporter.graphml(pc));
    Golden.assertMatches("export/producer_consumer.json", NetExporter.json(pc));
    Golden.assertMatches("export/sound_workflow.dot", NetExporter.dot(WorkflowFixtures.sound()));
  }

  @Test
  void reachabilityGraphDotGoldens() {
    ReachabilityGraph ph =
        ReachabilityExplorer.explore(ClassicNets.philosophers(2), ExplorationLimits.defaults());
    Golden.assertMatches("export/philosophers_2_reachability.dot", ReachabilityExporter.dot(ph));
    ReachabilityGraph gen =
        ReachabilityExplorer.explore(ClassicNets.generator(), ExplorationLimits.states(4));
    Golden.assertMatches(
        "export/generator_truncated_reachability.dot", ReachabilityExporter.dot(gen));
  }

  @Test
  void coverabilityGraphDotGolden() {
    Golden.assertMatches(
        "export/generator_coverability.dot",
        CoverabilityExporter.dot(
            KarpMiller.build(ClassicNets.generator(), ExplorationLimits.defaults())));
  }

  @Test
  void dotReimportsWithItsAttributes() {
    PetriNet pc = ClassicNets.producerConsumer(2);
    Graph<String, DefaultEdge> g = target();
    Map<String, Map<String, Attribute>> attrs = new HashMap<>();
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer(
        (p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    importer.importGraph(g, new StringReader(NetExporter.dot(pc)));
    assertEquals(pc.placeCount() + pc.transitionCount(), g.vertexSet().size());
    assertEquals(pc.arcs().size(), g.edgeSet().size());
    assertEquals("circle", attrs.get("p0").get("shape").getValue());
    assertEquals("box", attrs.get("t0").get("shape").getValue());
    assertEquals("free slots\\n2", attrs.get("p3").get("label").getValue());
    ReachabilityGraph rg = ReachabilityExplorer.explore(pc, ExplorationLimits.defaults());
    Graph<String, DefaultEdge> r = target();
    DOTImporter<String, DefaultEdge> rImporter = new DOTImporter<>();
    rImporter.setVertexFactory(id -> id);
    rImporter.importGraph(r, new StringReader(ReachabilityExporter.dot(rg)));
    assertEquals(rg.stateCount(), r.vertexSet().size());
    assertEquals(rg.edgeCount(), r.edgeSet().size());
  }

  @Test
  void graphmlAndJsonReimport() {
    PetriNet net = WorkflowFixtures.relaxedNotSound();
    Graph<String, DefaultEdge> g = target();
    GraphMLImporter<String, DefaultEdge> gm = new GraphMLImporter<>();
    gm.setSchemaValidation(false);
    gm.setVertexFactory(id -> id);
    Map<String, String> kinds = new HashMap<>();
    gm.addVertexAttributeConsumer(
        (p, a) -> {
          if (p.getSecond().equals("kind")) {
            kinds.put(p.getFirst(), a.getValue());
          }
        });
    gm.importGraph(g, new StringReader(NetExporter.graphml(net)));
    assertEquals(net.placeCount() + net.transitionCount(), g.vertexSet().size());
    assertEquals("place", kinds.get("i"));
    assertEquals("transition", kinds.get("joinX"));
    Graph<String, DefaultEdge> j = target();
    JSONImporter<String, DefaultEdge> ji = new JSONImporter<>();
    ji.setVertexFactory(id -> id);
    ji.importGraph(j, new StringReader(NetExporter.json(net)));
    assertEquals(net.arcs().size(), j.edgeSet().size());
    assertTrue(j.containsVertex("o"));
  }
}
