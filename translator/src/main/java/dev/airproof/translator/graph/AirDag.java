package dev.airproof.translator.graph;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * Immutable after construction; the dependency DAG of a script.
 *
 * <p>Construction (one pass in source order): a leaf instruction becomes a node; {@code seq} connects
 * the exits of its left part to the entries of its right part; {@code par} runs both parts after the
 * same predecessors; {@code xor} connects the left part's exits and predecessors to its right part by
 * error edges and marks the right part as error path; {@code match}/{@code mismatch} are guard nodes
 * before their body; a fold is a node before its body, {@code next} a node, and the last instruction
 * follows the body; {@code null} and {@code new} add no node; {@code fail} and {@code never} have no
 * exit. Data edges go from every earlier writer of a variable to each reader. The peer of a call or
 * canon is the one written; other nodes have no peer of their own (empty): they run wherever the
 * particle is, which is the peer of the last call or canon on the path that reaches them.
 */
public final class AirDag {
  private final DirectedAcyclicGraph<DagNode, DagEdge> graph;
  private final DagNode start;

  private AirDag(DirectedAcyclicGraph<DagNode, DagEdge> graph, DagNode start) {
    this.graph = graph;
    this.start = start;
  }

  /** The DAG of {@code script}. */
  public static AirDag of(Instruction script) {
    Builder b = new Builder();
    b.compile(script, List.of(b.start), false);
    b.addDataEdges();
    return new AirDag(b.graph, b.start);
  }

  /** The JGraphT graph (do not modify). */
  public DirectedAcyclicGraph<DagNode, DagEdge> graph() {
    return graph;
  }

  /** The synthetic start node (the init peer before the script runs). */
  public DagNode start() {
    return start;
  }

  private static final class Builder {
    final DirectedAcyclicGraph<DagNode, DagEdge> graph = new DirectedAcyclicGraph<>(null, null, false, true);
    final DagNode start;
    static final Optional<Value> NONE = Optional.empty();
    final Map<DagNode, Set<String>> uses = new HashMap<>();
    final Map<DagNode, Set<String>> defs = new HashMap<>();
    int nextId;

    Builder() {
      start = new DagNode(nextId++, DagNode.Kind.START, "start", "%init_peer_id%", Span.NONE, false);
      graph.addVertex(start);
    }

    List<DagNode> compile(Instruction i, List<DagNode> preds, boolean err) {
      return switch (i) {
        case Seq s -> compile(s.right(), compile(s.left(), preds, err), err);
        case Par p -> union(compile(p.left(), preds, err), compile(p.right(), preds, err));
        case Xor x -> {
          List<DagNode> left = compile(x.left(), preds, err);
          List<DagNode> triggers = union(left, preds);
          List<DagNode> right = compile(x.right(), List.of(), true);
          connectEntries(triggers, right, x.right());
          yield union(left, right);
        }
        case Match m -> compile(m.body(), List.of(leaf(i, DagNode.Kind.MATCH, NONE, preds, err)), err);
        case Mismatch m ->
            compile(m.body(), List.of(leaf(i, DagNode.Kind.MISMATCH, NONE, preds, err)), err);
        case New n -> compile(n.body(), preds, err);
        case Null n -> preds;
        case Never n -> {
          leaf(i, DagNode.Kind.NEVER, NONE, preds, err);
          yield List.of();
        }
        case Fail f -> {
          leaf(i, DagNode.Kind.FAIL, NONE, preds, err);
          yield List.of();
        }
        case FoldScalar f -> fold(i, f.body(), f.last(), preds, err);
        case FoldStream f -> fold(i, f.body(), f.last(), preds, err);
        case FoldStreamMap f -> fold(i, f.body(), f.last(), preds, err);
        case Next n -> List.of(leaf(i, DagNode.Kind.NEXT, NONE, preds, err));
        case Call c -> List.of(leaf(i, DagNode.Kind.CALL, Optional.of(c.peer()), preds, err));
        case Canon c -> List.of(leaf(i, DagNode.Kind.CANON, Optional.of(c.peer()), preds, err));
        case CanonMap c -> List.of(leaf(i, DagNode.Kind.CANON, Optional.of(c.peer()), preds, err));
        case CanonMapScalar c ->
            List.of(leaf(i, DagNode.Kind.CANON, Optional.of(c.peer()), preds, err));
        case Ap a -> List.of(leaf(i, DagNode.Kind.AP, NONE, preds, err));
        case ApMap a -> List.of(leaf(i, DagNode.Kind.AP, NONE, preds, err));
      };
    }

    private List<DagNode> fold(Instruction fold, Instruction body, Optional<Instruction> last,
        List<DagNode> preds, boolean err) {
      DagNode head = leaf(fold, DagNode.Kind.FOLD, NONE, preds, err);
      List<DagNode> exits = compile(body, List.of(head), err);
      if (last.isPresent()) {
        exits = union(exits, compile(last.get(), union(exits, List.of(head)), err));
      }
      return exits.isEmpty() ? List.of(head) : exits;
    }

    /** Connects {@code triggers} by error edges to the nodes of {@code part} that have no predecessor. */
    private void connectEntries(List<DagNode> triggers, List<DagNode> exitsOfPart, Instruction part) {
      Span s = part.span();
      for (DagNode n : graph.vertexSet()) {
        if (n.errorPath() && s.contains(n.span()) && graph.inDegreeOf(n) == 0) {
          for (DagNode t : triggers) {
            graph.addEdge(t, n, new DagEdge(DagEdge.Kind.ERROR, ""));
          }
        }
      }
    }

    private DagNode leaf(Instruction i, DagNode.Kind kind, Optional<Value> peer, List<DagNode> preds,
        boolean err) {
      // "" means "no peer of its own"; the empty literal is a peer, written with its quotes
      String runsOn = peer.map(v -> v instanceof StringLiteral l && l.value().isEmpty() ? "\"\""
          : Variables.text(v)).orElse("");
      DagNode n = new DagNode(nextId++, kind, Variables.header(i), runsOn, i.span(), err);
      graph.addVertex(n);
      for (DagNode p : preds) {
        graph.addEdge(p, n, new DagEdge(DagEdge.Kind.CONTROL, ""));
      }
      uses.put(n, Variables.uses(i));
      defs.put(n, Variables.defs(i));
      return n;
    }

    void addDataEdges() {
      List<DagNode> nodes = new ArrayList<>(graph.vertexSet());
      nodes.sort(java.util.Comparator.comparingInt(DagNode::id));
      for (DagNode reader : nodes) {
        for (String v : uses.getOrDefault(reader, Set.of())) {
          for (DagNode writer : nodes) {
            if (writer.id() >= reader.id()) {
              break;
            }
            if (defs.getOrDefault(writer, Set.of()).contains(v)) {
              graph.addEdge(writer, reader, new DagEdge(DagEdge.Kind.DATA, v));
            }
          }
        }
      }
    }

    private static List<DagNode> union(List<DagNode> a, List<DagNode> b) {
      LinkedHashSet<DagNode> s = new LinkedHashSet<>(a);
      s.addAll(b);
      return List.copyOf(s);
    }
  }
}
