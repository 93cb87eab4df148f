package dev.airproof.interpreter.data;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.Map;
import java.util.function.Function;

/**
 * Writer of the human-readable JSON form ({@code docs/data-format.md}) exactly as AquaVM's
 * {@code to_human_readable_data} prints it: compact, and since it goes through
 * {@code serde_json::Value}, every object's keys in sorted order. Keys are written sorted directly
 * (no re-parse); the maps of the data are sorted maps of ASCII keys (CIDs, base58 keys).
 */
final class DataWriter {
  private DataWriter() {}

  static String write(InterpreterData d) {
    StringBuilder sb = new StringBuilder(256 + 160 * d.trace().size());
    CidInfo c = d.cidInfo();
    sb.append("{\"data\":{\"cid_info\":{");
    sb.append("\"canon_element_store\":").append(map(c.canonElementStore(), DataWriter::canonElement));
    sb.append(",\"canon_result_store\":").append(map(c.canonResultStore(), DataWriter::canonResult));
    sb.append(",\"service_result_store\":").append(map(c.serviceResultStore(),
        DataWriter::serviceResult));
    sb.append(",\"tetraplet_store\":").append(map(c.tetrapletStore(), DataWriter::tetraplet));
    sb.append(",\"value_store\":").append(strings(c.valueStore()));
    sb.append("},\"lcid\":").append(d.lastCallRequestId());
    sb.append(",\"signatures\":").append(strings(d.signatures()));
    sb.append(",\"trace\":[");
    for (int i = 0; i < d.trace().size(); i++) {
      sb.append(i > 0 ? "," : "").append(state(d.trace().get(i)));
    }
    sb.append("]},\"versions\":{\"interpreter_version\":").append(q(d.interpreterVersion()))
        .append(",\"version\":").append(q(d.dataVersion())).append("}}");
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
          sb.append(i > 0 ? "," : "").append("{\"desc\":[");
          for (int j = 0; j < l.descs().size(); j++) {
            SubTraceDesc d = l.descs().get(j);
            sb.append(j > 0 ? "," : "").append("{\"len\":").append(d.subtraceLen()).append(",\"pos\":")
                .append(d.beginPos()).append("}");
          }
          sb.append("],\"pos\":").append(l.valuePos()).append("}");
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
        case Sender.PeerIdWithCallId p -> "{\"PeerIdWithCallId\":{\"call_id\":" + p.callId()
            + ",\"peer_id\":" + q(p.peerId()) + "}}";
      } + "}";
    };
  }

  private static String tetraplet(SecurityTetraplet t) {
    return "{\"function_name\":" + q(t.functionName()) + ",\"lens\":" + q(t.lens())
        + ",\"peer_pk\":" + q(t.peerPk()) + ",\"service_id\":" + q(t.serviceId()) + "}";
  }

  private static String serviceResult(ServiceResultAggregate a) {
    return "{\"argument_hash\":" + q(a.argumentHash()) + ",\"tetraplet_cid\":" + q(a.tetrapletCid())
        + ",\"value_cid\":" + q(a.valueCid()) + "}";
  }

  private static String canonElement(CanonCidAggregate a) {
    String provenance = switch (a.provenance()) {
      case Provenance.Literal l -> "{\"type\":\"literal\"}";
      case Provenance.ServiceResult r -> "{\"cid\":" + q(r.cid()) + ",\"type\":\"service_result\"}";
      case Provenance.Canon c -> "{\"cid\":" + q(c.cid()) + ",\"type\":\"canon\"}";
    };
    return "{\"provenance\":" + provenance + ",\"tetraplet\":" + q(a.tetrapletCid()) + ",\"value\":"
        + q(a.valueCid()) + "}";
  }

  private static String canonResult(CanonResultAggregate a) {
    return CidJson.canonResult(a);
  }

  private static <V> String map(Map<String, V> m, Function<V, String> f) {
    return map(m, (v, sb) -> sb.append(f.apply(v)));
  }

  /** A map of strings, each written as a JSON string. */
  private static String strings(Map<String, String> m) {
    return map(m, JValues::writeString);
  }

  private static <V> String map(Map<String, V> m, java.util.function.BiConsumer<V, StringBuilder> f) {
    Map<String, V> ordered = m;
    if (!m.keySet().stream().allMatch(DataWriter::ascii)) {
      ordered = new java.util.TreeMap<>(JValues::compareCodePoints);
      ordered.putAll(m);
    }
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, V> e : ordered.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      JValues.writeString(e.getKey(), sb);
      sb.append(':');
      f.accept(e.getValue(), sb);
      first = false;
    }
    return sb.append('}').toString();
  }

  /** Sorted maps of ASCII keys are already in serde's (byte) order. */
  private static boolean ascii(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String q(String s) {
    return JValues.quote(s);
  }
}
