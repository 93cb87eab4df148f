package dev.airproof.cli;

import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.IndexAccessor;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import dev.airproof.interpreter.ast.Xor;
import dev.airproof.properties.catalogue.PropertyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stateless; seeded bugs: mutations of a correct script (every default property holds in the default
 * environment of a bare script, no faults) that are known to break one property there.
 *
 * <p>All three work on the script's <em>spine</em>: the instructions reached from the root through
 * {@code seq} nodes only. Because the original is complete on the init peer in every quiescent
 * state, and a {@code seq} runs its right side only once its left side is complete, every spine
 * instruction ran in every run of the original, in spine order.
 *
 * <ul>
 *   <li>{@link Kind#DEFINITION_IN_XOR_FALLBACK} (no-stuck-join): a spine call {@code (call P (S F) A
 *       x)} whose {@code x} a later spine call reads becomes {@code (xor (call P (S F) A) (call P (S
 *       F) A x))}. Calls never fail in the default environment without {@code --failures}, so the
 *       fallback never runs, {@code x} is never written and the reader waits forever.
 *   <li>{@link Kind#CALLBACK_TO_WRONG_PEER} (completion): the last spine instruction, a call on
 *       {@code %init_peer_id%}, is sent to another peer instead; nothing follows it, so its result
 *       never reaches the init peer and the script is never complete there.
 *   <li>{@link Kind#HEDGED_CALL_WITHOUT_JOIN} (convergence): the same spine call with a read result
 *       is sent to two peers in parallel into a stream, and the init peer takes element 0 of a canon
 *       of that stream without a join; the two copies answer differently (each call position has
 *       its own answer), a {@code par} completes with one branch, so the reader gets whichever
 *       answer arrived first and two runs with the same answers execute different calls.
 * </ul>
 *
 * <p>There is no script mutation for at-most-once: without faults the model never runs a call
 * instance twice (that needs amnesia, see {@code examples/manifest.json}).
 */
final class SeededBugs {
  private SeededBugs() {}

  /** A mutation and the property it breaks. */
  enum Kind {
    DEFINITION_IN_XOR_FALLBACK(PropertyId.NO_STUCK_JOIN),
    CALLBACK_TO_WRONG_PEER(PropertyId.COMPLETION),
    HEDGED_CALL_WITHOUT_JOIN(PropertyId.CONVERGENCE);

    final PropertyId breaks;

    Kind(PropertyId breaks) {
      this.breaks = breaks;
    }
  }

  /**
   * Immutable; one mutant.
   *
   * @param kind the mutation
   * @param site the index of the mutated spine instruction
   * @param script the mutated script
   */
  record Mutant(Kind kind, int site, Instruction script) {}

  /** Every mutant of {@code original} ({@code otherPeer}: a literal peer of the script). */
  static List<Mutant> mutants(Instruction original, String otherPeer) {
    List<Instruction> spine = new ArrayList<>();
    flatten(original, spine);
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < spine.size(); i++) {
      if (spine.get(i) instanceof Call c && readLater(spine, i)) {
        int site = i;
        out.add(new Mutant(Kind.DEFINITION_IN_XOR_FALLBACK, i,
            replace(original, site, x -> new Xor(withoutOutput(c), c, Span.NONE))));
        out.add(new Mutant(Kind.HEDGED_CALL_WITHOUT_JOIN, i,
            replace(original, site, x -> hedged(c, site))));
      }
    }
    int last = spine.size() - 1;
    if (spine.get(last) instanceof Call c && c.peer() instanceof InitPeerId) {
      Call moved = new Call(new StringLiteral(otherPeer, Span.NONE), c.service(), c.function(),
          c.args(), c.output(), c.span());
      out.add(new Mutant(Kind.CALLBACK_TO_WRONG_PEER, last, replace(original, last, x -> moved)));
    }
    return out;
  }

  private static void flatten(Instruction i, List<Instruction> spine) {
    if (i instanceof Seq s) {
      flatten(s.left(), spine);
      flatten(s.right(), spine);
    } else {
      spine.add(i);
    }
  }

  /** Spine call {@code i} writes a scalar that a later spine call reads directly. */
  private static boolean readLater(List<Instruction> spine, int i) {
    if (!(spine.get(i) instanceof Call c) || c.output().isEmpty()
        || !(c.output().get() instanceof ScalarName out)) {
      return false;
    }
    for (int j = i + 1; j < spine.size(); j++) {
      if (spine.get(j) instanceof Call reader && reads(reader, out.name())) {
        return true;
      }
    }
    return false;
  }

  private static boolean reads(Call c, String name) {
    List<Value> values = new ArrayList<>(c.args());
    values.add(c.peer());
    values.add(c.service());
    values.add(c.function());
    return values.stream().anyMatch(v -> v instanceof ScalarRef r && r.name().equals(name));
  }

  private static Call withoutOutput(Call c) {
    return new Call(c.peer(), c.service(), c.function(), c.args(), Optional.empty(), c.span());
  }

  private static Instruction hedged(Call c, int site) {
    StreamName stream = new StreamName("hedge" + site, Span.NONE);
    CanonStreamName canon = new CanonStreamName("hedge" + site + "_now", false, Span.NONE);
    Instruction copies = new Par(
        new Call(new StringLiteral("peer_a", Span.NONE), c.service(), c.function(), c.args(),
            Optional.of(stream), Span.NONE),
        new Call(new StringLiteral("peer_b", Span.NONE), c.service(), c.function(), c.args(),
            Optional.of(stream), Span.NONE),
        Span.NONE);
    ScalarName out = (ScalarName) c.output().orElseThrow();
    Value first = new CanonStreamRef(canon.name(), false, Optional.of(new ValuePath(
        List.of(new IndexAccessor(0, Span.NONE)), false, Span.NONE)), Span.NONE);
    return new Seq(copies, new Seq(new Canon(new InitPeerId(Span.NONE), stream, canon, Span.NONE),
        new Ap(first, out, Span.NONE), Span.NONE), Span.NONE);
  }

  /** {@code root} with spine instruction {@code site} replaced by {@code f} of it. */
  private static Instruction replace(Instruction root, int site, UnaryOperator<Instruction> f) {
    int[] index = {0};
    return replace(root, site, f, index);
  }

  private static Instruction replace(Instruction node, int site, UnaryOperator<Instruction> f,
      int[] index) {
    if (node instanceof Seq s) {
      Instruction left = replace(s.left(), site, f, index);
      Instruction right = replace(s.right(), site, f, index);
      return new Seq(left, right, s.span());
    }
    return index[0]++ == site ? f.apply(node) : node;
  }
}
