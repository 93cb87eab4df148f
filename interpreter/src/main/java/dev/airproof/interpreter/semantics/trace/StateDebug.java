package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.ApResult;
import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.CanonResult;
import dev.airproof.interpreter.data.ExecutedState;
import dev.airproof.interpreter.data.FoldResult;
import dev.airproof.interpreter.data.ParResult;
import dev.airproof.interpreter.data.Sender;
import dev.airproof.interpreter.data.ValueRef;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rust {@code Debug}-like renderings of trace states, for error messages. */
public final class StateDebug {
  private StateDebug() {}

  /** {@code CID("...")}. */
  public static String cid(String cid) {
    return "CID(\"" + cid + "\")";
  }

  /** Debug of a value reference. */
  public static String of(ValueRef v) {
    return switch (v) {
      case ValueRef.Scalar s -> "Scalar(" + cid(s.cid()) + ")";
      case ValueRef.Stream s -> "Stream { cid: " + cid(s.cid()) + ", generation: "
          + s.generation() + " }";
      case ValueRef.Unused u -> "Unused(" + cid(u.valueCid()) + ")";
    };
  }

  /** Debug of a call result. */
  public static String of(CallResult c) {
    return switch (c) {
      case CallResult.Executed e -> "Executed(" + of(e.value()) + ")";
      case CallResult.Failed f -> "Failed(" + cid(f.cid()) + ")";
      case CallResult.RequestSentBy r -> "RequestSentBy(" + of(r.sender()) + ")";
    };
  }

  private static String of(Sender s) {
    return switch (s) {
      case Sender.PeerId p -> "PeerId(\"" + p.peerId() + "\")";
      case Sender.PeerIdWithCallId p -> "PeerIdWithCallId { peer_id: \"" + p.peerId()
          + "\", call_id: " + p.callId() + " }";
    };
  }

  /** Debug of a canon result. */
  public static String of(CanonResult c) {
    return switch (c) {
      case CanonResult.Executed e -> "Executed(" + cid(e.cid()) + ")";
      case CanonResult.RequestSentBy r -> "RequestSentBy(\"" + r.peerId() + "\")";
    };
  }

  /** Debug of any state. */
  public static String of(ExecutedState s) {
    return switch (s) {
      case ParResult p -> "Par(ParResult { left_size: " + p.leftSize() + ", right_size: "
          + p.rightSize() + " })";
      case CallResult c -> "Call(" + of(c) + ")";
      case FoldResult f -> "Fold(" + f + ")";
      case ApResult a -> "Ap(ApResult { res_generations: " + a.generations().stream()
          .map(String::valueOf).collect(Collectors.joining(", ", "[", "]")) + " })";
      case CanonResult c -> "Canon(" + of(c) + ")";
    };
  }

  /** Debug of an optional state ({@code Some(..)}/{@code None}). */
  public static String of(Optional<ExecutedState> s) {
    return s.map(x -> "Some(" + of(x) + ")").orElse("None");
  }
}
