package dev.airproof.translator.petri;

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
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import dev.airproof.translator.graph.Variables;

/**
 * Stateless; tells whether a {@code par} branch always completes in the invocation that starts
 * it: it only runs {@code null}, {@code ap} of values that never wait (literals, streams), canons
 * on the peer of the par, {@code seq}/{@code xor}/{@code new} of such branches, and a {@code par}
 * with one such branch (a par completes when one branch does). AquaVM
 * runs the left branch, then the right one, in one invocation: such a branch completes the par
 * before the other branch has done anything remote ({@code docs/petri-semantics.md} §2).
 */
final class InstantBranch {
  private InstantBranch() {}

  /** True iff {@code i}, started on {@code peer}, completes without waiting or leaving it. */
  static boolean is(Instruction i, String peer) {
    return switch (i) {
      case Null n -> true;
      case Ap a -> neverWaits(a);
      case ApMap a -> neverWaits(a);
      case Canon c -> onPeer(c.peer(), peer);
      case CanonMap c -> onPeer(c.peer(), peer);
      case CanonMapScalar c -> onPeer(c.peer(), peer);
      case Seq s -> is(s.left(), peer) && is(s.right(), peer);
      case Par p -> is(p.left(), peer) || is(p.right(), peer);
      case Xor x -> is(x.left(), peer);
      case New n -> is(n.body(), peer);
      case Call c -> false;
      case Match m -> false;
      case Mismatch m -> false;
      case Fail f -> false;
      case Never n -> false;
      case FoldScalar f -> false;
      case FoldStream f -> false;
      case FoldStreamMap f -> false;
      case Next n -> false;
    };
  }

  /**
   * Which branch of {@code p}, started on {@code peer}, always completes it first: 0 (left), 1
   * (right) or -1 (either may). A branch completes first if it is instant on {@code peer} (the
   * left one if both are), or if it is a canon on a peer Q followed by instant steps on Q while the
   * other branch's first instruction is also on Q: both travel to Q in one particle, and Q runs
   * the instant branch in the invocation the particle starts, before any call result.
   */
  static int first(Par p, String peer) {
    if (is(p.left(), peer)) {
      return 0;
    }
    if (is(p.right(), peer)) {
      return 1;
    }
    var left = arrivalInstant(p.left());
    if (left.isPresent() && left.equals(firstPeer(p.right()))) {
      return 0;
    }
    var right = arrivalInstant(p.right());
    if (right.isPresent() && right.equals(firstPeer(p.left()))) {
      return 1;
    }
    return -1;
  }

  /** The peer Q if {@code i} is a canon on Q followed only by steps instant on Q. */
  private static java.util.Optional<String> arrivalInstant(Instruction i) {
    return switch (i) {
      case Canon c -> literalPeer(c.peer());
      case Seq s -> arrivalInstant(s.left()).filter(q -> is(s.right(), q));
      case New n -> arrivalInstant(n.body());
      default -> java.util.Optional.empty();
    };
  }

  /** The peer of the first call or canon {@code i} runs, when it is a literal or the init peer. */
  private static java.util.Optional<String> firstPeer(Instruction i) {
    return switch (i) {
      case Call c -> literalPeer(c.peer());
      case Canon c -> literalPeer(c.peer());
      case Seq s -> firstPeer(s.left());
      case New n -> firstPeer(n.body());
      case Xor x -> firstPeer(x.left());
      default -> java.util.Optional.empty();
    };
  }

  private static java.util.Optional<String> literalPeer(Value v) {
    return v instanceof dev.airproof.interpreter.ast.StringLiteral
        || v instanceof dev.airproof.interpreter.ast.InitPeerId
        ? java.util.Optional.of(Variables.text(v)) : java.util.Optional.empty();
  }

  private static boolean neverWaits(Instruction ap) {
    return Variables.uses(ap).stream().allMatch(NetCompiler::isStream);
  }

  private static boolean onPeer(Value canonPeer, String peer) {
    return !peer.equals(NetAssembly.ANY_PEER) && !peer.equals(NetAssembly.UNREACHED)
        && Variables.text(canonPeer).equals(peer);
  }
}
