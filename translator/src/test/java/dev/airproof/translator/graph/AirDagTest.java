package dev.airproof.translator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class AirDagTest {
  static final String FORK_JOIN = """
      (seq
       (seq
        (par
         (call "provider_1" ("price" "get") ["BTC"] p1)
         (call "provider_2" ("price" "get") ["BTC"] p2))
        (call "avg_peer" ("math" "avg") [p1 p2] avg))
       (call %init_peer_id% ("callback" "result") [avg]))
      """;

  static Instruction parse(String text) {
    ParseResult r = AirParser.parse("test.air", text);
    assertTrue(r instanceof Parsed, () -> "does not parse: " + r);
    return ((Parsed) r).root();
  }

  @Test
  void forkJoinHasTheExpectedShape() {
    AirDag dag = AirDag.of(parse(FORK_JOIN));
    DagAnalysis a = new DagAnalysis(dag);
    assertEquals(5, dag.graph().vertexSet().size(), "start + 4 calls");
    assertEquals(3, a.criticalPathInHops().length(), "init -> provider -> avg -> init");
    assertEquals(3, a.criticalPathInCalls().length());
    assertEquals(2, a.maxParallelCalls());
    assertTrue(a.errorOnlyCalls().isEmpty());
    long data = dag.graph().edgeSet().stream().filter(e -> e.kind() == DagEdge.Kind.DATA).count();
    assertEquals(3, data, "p1 -> avg, p2 -> avg, avg -> callback");
  }

  @Test
  void earliestHopsTakeTheFirstParBranchButEveryVariable() {
    assertEquals(java.util.Map.of("4:4", 1, "5:4", 1, "6:3", 2, "7:2", 3),
        new DagAnalysis(AirDag.of(parse(FORK_JOIN))).earliestCallHops(),
        "the averager joins on both prices: 2 hops; the callback 3");
    String nullFirst = """
        (seq
         (par
          (null)
          (call "a" ("s" "f") []))
         (call "b" ("s" "f") []))
        """;
    assertEquals(java.util.Map.of("4:3", 1, "5:2", 1),
        new DagAnalysis(AirDag.of(parse(nullFirst))).earliestCallHops(),
        "the null branch completes the par on the init peer, which sends to b at once");
    assertEquals(2, new DagAnalysis(AirDag.of(parse(nullFirst))).criticalPathInHops().length(),
        "the longest path treats the par as waiting for both");
    String afterFail = """
        (seq
         (seq
          (call "a" ("s" "f") [] x)
          (fail 1 ""))
         (call "b" ("s" "f") [x]))
        """;
    assertEquals(java.util.Map.of("3:3", 1),
        new DagAnalysis(AirDag.of(parse(afterFail))).earliestCallHops(),
        "only a data edge leads to the call after fail: it never runs");
  }

  @Test
  void theRightBranchOfXorIsAnErrorPath() {
    AirDag dag = AirDag.of(parse("""
        (xor
         (call "a" ("s" "f") [] x)
         (call "b" ("s" "g") [%last_error%]))
        """));
    List<DagNode> onlyOnError = new DagAnalysis(dag).errorOnlyCalls();
    assertEquals(1, onlyOnError.size());
    assertEquals("b", onlyOnError.get(0).peer());
    assertTrue(dag.graph().edgeSet().stream().anyMatch(e -> e.kind() == DagEdge.Kind.ERROR));
  }

  @Test
  void aFoldBodyIsOneNodeWithoutBackEdge() {
    AirDag dag = AirDag.of(parse("""
        (seq
         (call %init_peer_id% ("peers" "list") [] peers)
         (fold peers p
          (par
           (call p ("s" "f") [] $results)
           (next p))))
        """));
    DagAnalysis a = new DagAnalysis(dag);
    assertEquals(dag.graph().vertexSet().size(), a.topologicalOrder().size());
    assertTrue(dag.graph().vertexSet().stream().anyMatch(n -> n.kind() == DagNode.Kind.FOLD));
  }

  @Test
  void exportsAreWellFormed() {
    AirDag dag = AirDag.of(parse(FORK_JOIN));
    String dot = DagExport.dot(dag);
    assertTrue(dot.startsWith("strict digraph G {") || dot.startsWith("digraph G {"), dot);
    assertTrue(dot.contains("provider_1"), dot);
    String graphml = DagExport.graphml(dag);
    assertTrue(graphml.contains("<graphml") && graphml.contains("attr.name=\"peer\""), graphml);
    String json = DagExport.json(dag);
    assertTrue(json.contains("\"nodes\"") && json.contains("\"edges\""), json);
  }
}
