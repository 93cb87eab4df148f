package dev.airproof.interpreter.data;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writer of the human-readable JSON form ({@code docs/data-format.md}) exactly as AquaVM's
 * {@code to_human_readable_data} prints it: compact, and since it goes through
 * {@code serde_json::Value}, every object's keys in sorted order. Keys are written sorted directly
 * (no re-parse); the maps of the data are sorted maps of ASCII keys (CIDs, base58 keys). One pass
 * into one builder: no intermediate string per state or store entry.
 */
final class DataWriter {
  private DataWriter() {}

  static String write(InterpreterData d) {
    CidInfo c = d.cidInfo();
    StringBuilder sb = new StringBuilder(256 + 48 * d.trace().size()
        + 160 * (c.serviceResultStore().size() + c.valueStore().size()));
    sb.append("{\"data\":{\"cid_info\":{");
    sb.append("\"canon_element_store\":");
    map(c.canonElementStore(), DataWriter::canonElement, sb);
    sb.append(",\"canon_result_store\":");
    map(c.canonResultStore(), DataWriter::canonResult, sb);
    sb.append(",\"service_result_store\":");
    map(c.serviceResultStore(), DataWriter::serviceResult, sb);
    sb.append(",\"tetraplet_store\":");
    map(c.tetrapletStore(), DataWriter::tetraplet, sb);
    sb.append(",\"value_store\":");
    map(c.valueStore(), JValues::writeString, sb);
    sb.append("},\"lcid\":").append(d.lastCallRequestId());
    sb.append(",\"signatures\":");
    map(d.signatures(), JValues::writeString, sb);
    sb.append(",\"trace\":[");
    List<ExecutedState> trace = d.trace();
    for (int i = 0; i < trace.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      state(trace.get(i), sb);
    }
    sb.append("]},\"versions\":{\"interpreter_version\":");
    q(d.interpreterVersion(), sb);
    sb.append(",\"version\":");
    q(d.dataVersion(), sb);
    return sb.append("}}").toString();
  }

  private static void state(ExecutedState s, StringBuilder sb) {
    switch (s) {
      case ParResult p -> sb.append("{\"par\":[").append(p.leftSize()).append(',')
          .append(p.rightSize()).append("]}");
      case CallResult c -> {
        sb.append("{\"call\":");
        call(c, sb);
        sb.append('}');
      }
      case FoldResult f -> fold(f, sb);
      case ApResult a -> {
        sb.append("{\"ap\":{\"gens\":[");
        for (int i = 0; i < a.generations().size(); i++) {
          sb.append(i > 0 ? "," : "").append(a.generations().get(i));
        }
        sb.append("]}}");
      }
      case CanonResult.Executed e -> {
        sb.append("{\"canon\":{\"executed\":");
        q(e.cid(), sb);
        sb.append("}}");
      }
      case CanonResult.RequestSentBy r -> {
        sb.append("{\"canon\":{\"sent_by\":");
        q(r.peerId(), sb);
        sb.append("}}");
      }
    }
  }

  private static void fold(FoldResult f, StringBuilder sb) {
    sb.append("{\"fold\":{\"lore\":[");
    for (int i = 0; i < f.lore().size(); i++) {
      FoldSubTraceLore l = f.lore().get(i);
      sb.append(i > 0 ? "," : "").append("{\"desc\":[");
      for (int j = 0; j < l.descs().size(); j++) {
        SubTraceDesc d = l.descs().get(j);
        sb.append(j > 0 ? "," : "").append("{\"len\":").append(d.subtraceLen()).append(",\"pos\":")
            .append(d.beginPos()).append('}');
      }
      sb.append("],\"pos\":").append(l.valuePos()).append('}');
    }
    sb.append("]}}");
  }

  private static void call(CallResult c, StringBuilder sb) {
    switch (c) {
      case CallResult.Executed e -> {
        sb.append("{\"executed\":");
        switch (e.value()) {
          case ValueRef.Scalar s -> cidObject("{\"scalar\":", s.cid(), sb);
          case ValueRef.Unused u -> cidObject("{\"unused\":", u.valueCid(), sb);
          case ValueRef.Stream s -> {
            sb.append("{\"stream\":{\"cid\":");
            q(s.cid(), sb);
            sb.append(",\"generation\":").append(s.generation()).append("}}");
          }
        }
        sb.append('}');
      }
      case CallResult.Failed f -> cidObject("{\"failed\":", f.cid(), sb);
      case CallResult.RequestSentBy r -> {
        sb.append("{\"sent_by\":");
        switch (r.sender()) {
          case Sender.PeerId p -> cidObject("{\"PeerId\":", p.peerId(), sb);
          case Sender.PeerIdWithCallId p -> {
            sb.append("{\"PeerIdWithCallId\":{\"call_id\":").append(p.callId())
                .append(",\"peer_id\":");
            q(p.peerId(), sb);
            sb.append("}}");
          }
        }
        sb.append('}');
      }
    }
  }

  /** {@code open}, the quoted string, then {@code '}'}. */
  private static void cidObject(String open, String cid, StringBuilder sb) {
    sb.append(open);
    q(cid, sb);
    sb.append('}');
  }

  private static void tetraplet(SecurityTetraplet t, StringBuilder sb) {
    sb.append("{\"function_name\":");
    q(t.functionName(), sb);
    sb.append(",\"lens\":");
    q(t.lens(), sb);
    sb.append(",\"peer_pk\":");
    q(t.peerPk(), sb);
    sb.append(",\"service_id\":");
    q(t.serviceId(), sb);
    sb.append('}');
  }

  private static void serviceResult(ServiceResultAggregate a, StringBuilder sb) {
    sb.append("{\"argument_hash\":");
    q(a.argumentHash(), sb);
    sb.append(",\"tetraplet_cid\":");
    q(a.tetrapletCid(), sb);
    sb.append(",\"value_cid\":");
    q(a.valueCid(), sb);
    sb.append('}');
  }

  private static void canonElement(CanonCidAggregate a, StringBuilder sb) {
    sb.append("{\"provenance\":");
    switch (a.provenance()) {
      case Provenance.Literal l -> sb.append("{\"type\":\"literal\"}");
      case Provenance.ServiceResult r -> {
        sb.append("{\"cid\":");
        q(r.cid(), sb);
        sb.append(",\"type\":\"service_result\"}");
      }
      case Provenance.Canon c -> {
        sb.append("{\"cid\":");
        q(c.cid(), sb);
        sb.append(",\"type\":\"canon\"}");
      }
    }
    sb.append(",\"tetraplet\":");
    q(a.tetrapletCid(), sb);
    sb.append(",\"value\":");
    q(a.valueCid(), sb);
    sb.append('}');
  }

  private static void canonResult(CanonResultAggregate a, StringBuilder sb) {
    sb.append(CidJson.canonResult(a));
  }

  private static <V> void map(Map<String, V> m, BiConsumer<V, StringBuilder> f, StringBuilder sb) {
    Map<String, V> ordered = m;
    if (!m.keySet().stream().allMatch(DataWriter::ascii)) {
      ordered = new java.util.TreeMap<>(JValues::compareCodePoints);
      ordered.putAll(m);
    }
    sb.append('{');
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
    sb.append('}');
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

  private static void q(String s, StringBuilder sb) {
    JValues.writeString(s, sb);
  }
}
