package dev.airproof.interpreter.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.*;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compact, human-readable rendering of traces for assertions: {@code P(l,r)}, {@code S(v@peer svc.fn)},
 * {@code St(v,g@peer svc.fn)}, {@code U(v)}, {@code F(code,msg@peer)}, {@code RS(p)},
 * {@code RSc(p,n)}, {@code Ap(g)}, {@code Fold[...]}, {@code Canon[v,...]@peer}, {@code CanonRS(p)}.
 */
public final class Traces {
  private Traces() {}

  /** Like {@link #of} but without peers, and failed calls as {@code F(ret_code)}. */
  public static String shape(InterpreterData d) {
    return d.trace().stream().map(s -> s instanceof CallResult.Failed f
        ? "F(" + JValues.parse(d.cidInfo().valueStore().get(d.cidInfo().serviceResultStore()
            .get(f.cid()).valueCid())).orElseThrow().get("ret_code") + ")"
        : state(s, d.cidInfo()).replaceAll("@[^),]*", "")).collect(Collectors.joining(" "));
  }

  public static String of(InterpreterData d) {
    return d.trace().stream().map(s -> state(s, d.cidInfo())).collect(Collectors.joining(" "));
  }

  static String state(ExecutedState s, CidInfo c) {
    return switch (s) {
      case ParResult p -> "P(" + p.leftSize() + "," + p.rightSize() + ")";
      case CallResult.Executed e -> switch (e.value()) {
        case ValueRef.Scalar x -> "S(" + service(x.cid(), c) + ")";
        case ValueRef.Stream x -> "St(" + value(c.valueStore().get(
            c.serviceResultStore().get(x.cid()).valueCid())) + "," + x.generation() + "@"
            + peer(x.cid(), c) + ")";
        case ValueRef.Unused x -> "U";
      };
      case CallResult.Failed f -> "F(" + service(f.cid(), c) + ")";
      case CallResult.RequestSentBy r -> switch (r.sender()) {
        case Sender.PeerId p -> "RS(" + p.peerId() + ")";
        case Sender.PeerIdWithCallId p -> "RSc(" + p.peerId() + "," + p.callId() + ")";
      };
      case FoldResult f -> "Fold" + f.lore().stream().map(l -> "{" + l.valuePos() + ","
          + l.descs().stream().map(d -> "(" + d.beginPos() + "," + d.subtraceLen() + ")")
          .collect(Collectors.joining(",")) + "}").collect(Collectors.joining(",", "[", "]"));
      case ApResult a -> "Ap(" + a.generations().get(0) + ")";
      case CanonResult.Executed e -> "Canon" + c.canonResultStore().get(e.cid()).values().stream()
          .map(v -> value(c.valueStore().get(c.canonElementStore().get(v).valueCid())))
          .collect(Collectors.joining(",", "[", "]"));
      case CanonResult.RequestSentBy r -> "CanonRS(" + r.peerId() + ")";
    };
  }

  private static String service(String cid, CidInfo c) {
    ServiceResultAggregate a = c.serviceResultStore().get(cid);
    return value(c.valueStore().get(a.valueCid())) + "@" + peer(cid, c);
  }

  private static String peer(String cid, CidInfo c) {
    return c.tetrapletStore().get(c.serviceResultStore().get(cid).tetrapletCid()).peerPk();
  }

  static String value(String text) {
    return text;
  }

  public static JsonNode serviceValue(InterpreterData d, int pos) {
    CallResult.Executed e = (CallResult.Executed) d.trace().get(pos);
    String cid = switch (e.value()) {
      case ValueRef.Scalar x -> x.cid();
      case ValueRef.Stream x -> x.cid();
      case ValueRef.Unused x -> throw new IllegalArgumentException("unused");
    };
    return JValues.parse(d.cidInfo().valueStore().get(
        d.cidInfo().serviceResultStore().get(cid).valueCid())).orElseThrow();
  }

  public static List<ExecutedState> trace(InterpreterData d) {
    return d.trace();
  }
}
