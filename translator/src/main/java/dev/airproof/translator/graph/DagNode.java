package dev.airproof.translator.graph;

import dev.airproof.interpreter.ast.Span;
import java.util.Objects;

/**
 * Immutable; a node of the DAG: a leaf instruction (or the synthetic start), the peer it runs on and
 * whether it is reachable only through an error path (inside the right branch of an {@code xor}).
 *
 * <p>Identity: {@code id} is unique in its DAG; equality is by id only, so equal-looking instructions
 * at different places stay distinct nodes.
 *
 * @param id unique id, in source order (0 is the start)
 * @param kind what the node is
 * @param label the instruction in one line (AIR syntax)
 * @param peer the peer of a call or canon as written (a literal, a variable, {@code %init_peer_id%});
 *     empty for nodes that run wherever the particle is
 * @param span where it stands in the script ({@link Span#NONE} for the start)
 * @param errorPath true iff reachable only when some instruction failed
 */
public record DagNode(int id, Kind kind, String label, String peer, Span span, boolean errorPath) {
  /** The kinds of node. */
  public enum Kind { START, CALL, CANON, AP, MATCH, MISMATCH, FAIL, FOLD, NEXT, NEVER }

  public DagNode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DagNode n && n.id == id;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(id);
  }

  @Override
  public String toString() {
    return "n" + id;
  }
}
