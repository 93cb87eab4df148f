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
 * into one byte buffer ({@link JsonBytes}): no intermediate string per state or store entry, and no
 * copy of the whole document to encode it.
 */
final class DataWriter {
  private DataWriter() {}

  static byte[] write(InterpreterData d) {
    CidInfo c = d.cidInfo();
    JsonBytes sb = new JsonBytes(256 + 64 * d.trace().size()
        + 200 * (c.serviceResultStore().size() + c.valueStore().size()));
    sb.ascii("{\"data\":{\"cid_info\":{");
    sb.ascii("\"canon_element_store\":");
    map(c.canonElementStore(), DataWriter::canonElement, sb);
    sb.ascii(",\"canon_result_store\":");
    map(c.canonResultStore(), DataWriter::canonResult, sb);
    sb.ascii(",\"service_result_store\":");
    map(c.serviceResultStore(), DataWriter::serviceResult, sb);
    sb.ascii(",\"tetraplet_store\":");
    map(c.tetrapletStore(), DataWriter::tetraplet, sb);
    sb.ascii(",\"value_store\":");
    map(c.valueStore(), DataWriter::q, sb);
    sb.ascii("},\"lcid\":").number(d.lastCallRequestId());
    sb.ascii(",\"signatures\":");
    map(d.signatures(), DataWriter::q, sb);
    sb.ascii(",\"trace\":[");
    List<ExecutedState> trace = d.trace();
    for (int i = 0; i < trace.size(); i++) {
      if (i > 0) {
        sb.ascii(',');
      }
      state(trace.get(i), sb);
    }
    sb.ascii("]},\"versions\":{\"interpreter_version\":");
    q(d.interpreterVersion(), sb);
    sb.ascii(",\"version\":");
    q(d.dataVersion(), sb);
    return sb.ascii("}}").toBytes();
  }

  private static void state(ExecutedState s, JsonBytes sb) {
    switch (s) {
      case ParResult p -> sb.ascii("{\"par\":[").number(p.leftSize()).ascii(',')
          .number(p.rightSize()).ascii("]}");
      case CallResult c -> {
        sb.ascii("{\"call\":");
        call(c, sb);
        sb.ascii('}');
      }
      case FoldResult f -> fold(f, sb);
      case ApResult a -> {
        sb.ascii("{\"ap\":{\"gens\":[");
        for (int i = 0; i < a.generations().size(); i++) {
          sb.ascii(i > 0 ? "," : "").number(a.generations().get(i));
        }
        sb.ascii("]}}");
      }
      case CanonResult.Executed e -> {
        sb.ascii("{\"canon\":{\"executed\":");
        q(e.cid(), sb);
        sb.ascii("}}");
      }
      case CanonResult.RequestSentBy r -> {
        sb.ascii("{\"canon\":{\"sent_by\":");
        q(r.peerId(), sb);
        sb.ascii("}}");
      }
    }
  }

  private static void fold(FoldResult f, JsonBytes sb) {
    sb.ascii("{\"fold\":{\"lore\":[");
    for (int i = 0; i < f.lore().size(); i++) {
      FoldSubTraceLore l = f.lore().get(i);
      sb.ascii(i > 0 ? "," : "").ascii("{\"desc\":[");
      for (int j = 0; j < l.descs().size(); j++) {
        SubTraceDesc d = l.descs().get(j);
        sb.ascii(j > 0 ? "," : "").ascii("{\"len\":").number(d.subtraceLen()).ascii(",\"pos\":")
            .number(d.beginPos()).ascii('}');
      }
      sb.ascii("],\"pos\":").number(l.valuePos()).ascii('}');
    }
    sb.ascii("]}}");
  }

  private static void call(CallResult c, JsonBytes sb) {
    switch (c) {
      case CallResult.Executed e -> {
        sb.ascii("{\"executed\":");
        switch (e.value()) {
          case ValueRef.Scalar s -> cidObject("{\"scalar\":", s.cid(), sb);
          case ValueRef.Unused u -> cidObject("{\"unused\":", u.valueCid(), sb);
          case ValueRef.Stream s -> {
            sb.ascii("{\"stream\":{\"cid\":");
            q(s.cid(), sb);
            sb.ascii(",\"generation\":").number(s.generation()).ascii("}}");
          }
        }
        sb.ascii('}');
      }
      case CallResult.Failed f -> cidObject("{\"failed\":", f.cid(), sb);
      case CallResult.RequestSentBy r -> {
        sb.ascii("{\"sent_by\":");
        switch (r.sender()) {
          case Sender.PeerId p -> cidObject("{\"PeerId\":", p.peerId(), sb);
          case Sender.PeerIdWithCallId p -> {
            sb.ascii("{\"PeerIdWithCallId\":{\"call_id\":").number(p.callId())
                .ascii(",\"peer_id\":");
            q(p.peerId(), sb);
            sb.ascii("}}");
          }
        }
        sb.ascii('}');
      }
    }
  }

  /** {@code open}, the quoted string, then {@code '}'}. */
  private static void cidObject(String open, String cid, JsonBytes sb) {
    sb.ascii(open);
    q(cid, sb);
    sb.ascii('}');
  }

  private static void tetraplet(SecurityTetraplet t, JsonBytes sb) {
    sb.ascii("{\"function_name\":");
    q(t.functionName(), sb);
    sb.ascii(",\"lens\":");
    q(t.lens(), sb);
    sb.ascii(",\"peer_pk\":");
    q(t.peerPk(), sb);
    sb.ascii(",\"service_id\":");
    q(t.serviceId(), sb);
    sb.ascii('}');
  }

  private static void serviceResult(ServiceResultAggregate a, JsonBytes sb) {
    sb.ascii("{\"argument_hash\":");
    q(a.argumentHash(), sb);
    sb.ascii(",\"tetraplet_cid\":");
    q(a.tetrapletCid(), sb);
    sb.ascii(",\"value_cid\":");
    q(a.valueCid(), sb);
    sb.ascii('}');
  }

  private static void canonElement(CanonCidAggregate a, JsonBytes sb) {
    sb.ascii("{\"provenance\":");
    switch (a.provenance()) {
      case Provenance.Literal l -> sb.ascii("{\"type\":\"literal\"}");
      case Provenance.ServiceResult r -> {
        sb.ascii("{\"cid\":");
        q(r.cid(), sb);
        sb.ascii(",\"type\":\"service_result\"}");
      }
      case Provenance.Canon c -> {
        sb.ascii("{\"cid\":");
        q(c.cid(), sb);
        sb.ascii(",\"type\":\"canon\"}");
      }
    }
    sb.ascii(",\"tetraplet\":");
    q(a.tetrapletCid(), sb);
    sb.ascii(",\"value\":");
    q(a.valueCid(), sb);
    sb.ascii('}');
  }

  private static void canonResult(CanonResultAggregate a, JsonBytes sb) {
    sb.utf8(CidJson.canonResult(a));
  }

  private static <V> void map(Map<String, V> m, BiConsumer<V, JsonBytes> f, JsonBytes sb) {
    Map<String, V> ordered = m;
    if (!m.keySet().stream().allMatch(DataWriter::ascii)) {
      ordered = new java.util.TreeMap<>(JValues::compareCodePoints);
      ordered.putAll(m);
    }
    sb.ascii('{');
    boolean first = true;
    for (Map.Entry<String, V> e : ordered.entrySet()) {
      if (!first) {
        sb.ascii(',');
      }
      sb.string(e.getKey());
      sb.ascii(':');
      f.accept(e.getValue(), sb);
      first = false;
    }
    sb.ascii('}');
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

  private static void q(String s, JsonBytes sb) {
    sb.string(s);
  }
}
