package dev.airproof.petri.workflow;

import dev.airproof.petri.graph.NetGraphs;
import dev.airproof.petri.graph.NetNode;
import dev.airproof.petri.model.Arc;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.workflow.WorkflowProblem.Code;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/** Stateless; the structural workflow-net check (on the JGraphT graph of the net). */
public final class WorkflowNets {
  private WorkflowNets() {}

  /** Whether {@code net} is a WF-net, with every problem found if it is not. */
  public static WorkflowStructure check(PetriNet net) {
    Graph<NetNode, Arc> g = NetGraphs.of(net);
    List<String> sources = new ArrayList<>();
    List<String> sinks = new ArrayList<>();
    List<NetNode> sourceNodes = new ArrayList<>();
    List<NetNode> sinkNodes = new ArrayList<>();
    for (NetNode n : g.vertexSet()) {
      if (n instanceof NetNode.PlaceNode && g.inDegreeOf(n) == 0) {
        sources.add(n.id());
        sourceNodes.add(n);
      }
      if (n instanceof NetNode.PlaceNode && g.outDegreeOf(n) == 0) {
        sinks.add(n.id());
        sinkNodes.add(n);
      }
    }
    List<WorkflowProblem> problems = new ArrayList<>();
    endPoints(sources, "source", Code.NO_SOURCE_PLACE, Code.SEVERAL_SOURCE_PLACES, problems);
    endPoints(sinks, "sink", Code.NO_SINK_PLACE, Code.SEVERAL_SINK_PLACES, problems);
    if (sources.size() == 1) {
      unvisited(g, sourceNodes.get(0))
          .ifPresent(
              nodes ->
                  problems.add(
                      new WorkflowProblem(
                          Code.UNREACHABLE_FROM_SOURCE,
                          nodes,
                          "not on a path from source place '"
                              + sources.get(0)
                              + "': "
                              + String.join(", ", nodes))));
    }
    if (sinks.size() == 1) {
      unvisited(new EdgeReversedGraph<>(g), sinkNodes.get(0))
          .ifPresent(
              nodes ->
                  problems.add(
                      new WorkflowProblem(
                          Code.CANNOT_REACH_SINK,
                          nodes,
                          "cannot reach sink place '"
                              + sinks.get(0)
                              + "': "
                              + String.join(", ", nodes))));
    }
    if (!problems.isEmpty()) {
      return new WorkflowStructure.Invalid(problems);
    }
    return new WorkflowStructure.Valid(sources.get(0), sinks.get(0));
  }

  private static void endPoints(
      List<String> found, String what, Code none, Code several, List<WorkflowProblem> problems) {
    if (found.isEmpty()) {
      problems.add(new WorkflowProblem(none, List.of(), "no " + what + " place"));
    } else if (found.size() > 1) {
      problems.add(
          new WorkflowProblem(
              several, found, "several " + what + " places: " + String.join(", ", found)));
    }
  }

  /** Ids of the nodes not visited by a BFS from {@code start}, in vertex order, if any. */
  private static Optional<List<String>> unvisited(Graph<NetNode, Arc> g, NetNode start) {
    Set<NetNode> seen = new HashSet<>();
    new BreadthFirstIterator<>(g, start).forEachRemaining(seen::add);
    List<String> missing = new ArrayList<>();
    for (NetNode n : g.vertexSet()) {
      if (!seen.contains(n)) {
        missing.add(n.id());
      }
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(missing));
  }

  /** {@code net} with initial marking [source] and final marking [sink]. */
  public static PetriNet withEndMarkings(PetriNet net, WorkflowStructure.Valid wf) {
    return net.withInitialMarking(net.marking(Map.of(wf.source(), 1)))
        .withFinalMarking(Optional.of(net.marking(Map.of(wf.sink(), 1))));
  }
}
