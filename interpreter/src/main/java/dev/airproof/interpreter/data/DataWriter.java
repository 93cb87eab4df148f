package dev.airproof.interpreter.data;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.Map;
import java.util.function.Function;

/** Writer of the human-readable JSON form, keys in AquaVM's order ({@code docs/data-format.md}). */
final class DataWriter {
  private DataWriter() {}

  static String write(InterpreterData d) {
    StringBuilder sb = new StringBuilder("{\"versions\":{\"interpreter_version\":")
        .append(q(d.interpreterVersion())).append(",\"version\":").append(q(d.dataVersion()))
        .append("},\"data\":{\"trace\":[");
    for (int i = 0; i < d.trace().size(); i++) {
      sb.append(i > 0 ? "," : "").append(state(d.trace().get(i)));
    }
    sb.append("],\"lcid\":").append(d.lastCallRequestId()).append(",\"cid_info\":{");
    CidInfo c = d.cidInfo();
    sb.append("\"value_store\":").append(map(c.valueStore(), DataWriter::q));
    sb.append(",\"tetraplet_store\":").append(map(c.tetrapletStore(), CidJson::tetraplet));
    sb.append(",\"canon_element_store\":").append(map(c.canonElementStore(), CidJson::canonElement));
    sb.append(",\"canon_result_store\":").append(map(c.canonResultStore(), CidJson::canonResult));
    sb.append(",\"service_result_store\":").append(map(c.serviceResultStore(),
        CidJson::serviceResult));
    sb.append("},\"signatures\":").append(map(d.signatures(), DataWriter::q)).append("}}");
    return sb.toString();
  }

  static String state(ExecutedState s) {
    return switch (s) {
      case ParResult p -> "{\"par\":[" + p.leftSize() + "," + p.rightSize() + "]}";
      case CallResult c -> "{\"call\":" + call(c) + "}";
      case FoldResult f -> {
        StringBuilder sb = new StringBuilder("{\"fold\":{\"lore\":[");
        for (int i = 0; i < f.lore().size(); i++) {
          FoldSubTraceLore l = f.lore().get(i);
          sb.append(i > 0 ? "," : "").append("{\"pos\":").append(l.valuePos()).append(",\"desc\":[");
          for (int j = 0; j < l.descs().size(); j++) {
            SubTraceDesc d = l.descs().get(j);
            sb.append(j > 0 ? "," : "").append("{\"pos\":").append(d.beginPos()).append(",\"len\":")
                .append(d.subtraceLen()).append("}");
          }
          sb.append("]}");
        }
        yield sb.append("]}}").toString();
      }
      case ApResult a -> "{\"ap\":{\"gens\":" + a.generations().toString().replace(" ", "") + "}}";
      case CanonResult.Executed e -> "{\"canon\":{\"executed\":" + q(e.cid()) + "}}";
      case CanonResult.RequestSentBy r -> "{\"canon\":{\"sent_by\":" + q(r.peerId()) + "}}";
    };
  }

  private static String call(CallResult c) {
    return switch (c) {
      case CallResult.Executed e -> "{\"executed\":" + switch (e.value()) {
        case ValueRef.Scalar s -> "{\"scalar\":" + q(s.cid()) + "}";
        case ValueRef.Unused u -> "{\"unused\":" + q(u.valueCid()) + "}";
        case ValueRef.Stream s -> "{\"stream\":{\"cid\":" + q(s.cid()) + ",\"generation\":"
            + s.generation() + "}}";
      } + "}";
      case CallResult.Failed f -> "{\"failed\":" + q(f.cid()) + "}";
      case CallResult.RequestSentBy r -> "{\"sent_by\":" + switch (r.sender()) {
        case Sender.PeerId p -> "{\"PeerId\":" + q(p.peerId()) + "}";
        case Sender.PeerIdWithCallId p -> "{\"PeerIdWithCallId\":{\"peer_id\":" + q(p.peerId())
            + ",\"call_id\":" + p.callId() + "}}";
      } + "}";
    };
  }

  private static <V> String map(Map<String, V> m, Function<V, String> f) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, V> e : m.entrySet()) {
      sb.append(first ? "" : ",").append(q(e.getKey())).append(':').append(f.apply(e.getValue()));
      first = false;
    }
    return sb.append('}').toString();
  }

  private static String q(String s) {
    return JValues.quote(s);
  }
}
