package dev.airproof.interpreter.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Strict reader of the {@code data} object (serde rules: unknown keys ignored, {@code lcid}
 * defaults to 0, every other field required, numbers must be u32 integers, enums externally tagged
 * with exactly one key). Any violation gives code 2.
 */
final class DataReader {
  private DataReader() {}

  /** Signals malformed input inside this reader only; converted to a value at the boundary. */
  private static final class Malformed extends Exception {
    Malformed(String m) {
      super(m, null, false, false);
    }
  }

  static DataReadResult read(JsonNode data, String interpreterVersion, String dataVersion) {
    try {
      List<ExecutedState> trace = new ArrayList<>();
      for (JsonNode s : array(req(data, "trace"))) {
        trace.add(state(s));
      }
      long lcid = data.has("lcid") ? u32(data.get("lcid")) : 0;
      CidInfo info = cidInfo(req(data, "cid_info"));
      TreeMap<String, String> sigs = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : fields(req(data, "signatures"))) {
        sigs.put(e.getKey(), str(e.getValue()));
      }
      return new DataReadResult.Ok(new InterpreterData(interpreterVersion, dataVersion, trace, lcid,
          info, sigs));
    } catch (Malformed e) {
      return new DataReadResult.Failed(2, "an error occurred while data deserialization: "
          + e.getMessage());
    }
  }

  private static ExecutedState state(JsonNode s) throws Malformed {
    Map.Entry<String, JsonNode> tag = single(s);
    JsonNode v = tag.getValue();
    return switch (tag.getKey()) {
      case "par" -> {
        List<JsonNode> a = array(v);
        if (a.size() != 2) {
          throw new Malformed("par must be a 2-array");
        }
        yield new ParResult(u32(a.get(0)), u32(a.get(1)));
      }
      case "call" -> call(v);
      case "fold" -> {
        List<FoldSubTraceLore> lore = new ArrayList<>();
        for (JsonNode l : array(req(v, "lore"))) {
          List<SubTraceDesc> descs = new ArrayList<>();
          for (JsonNode d : array(req(l, "desc"))) {
            descs.add(new SubTraceDesc(u32(req(d, "pos")), u32(req(d, "len"))));
          }
          lore.add(new FoldSubTraceLore(u32(req(l, "pos")), descs));
        }
        yield new FoldResult(lore);
      }
      case "ap" -> {
        List<Long> gens = new ArrayList<>();
        for (JsonNode g : array(req(v, "gens"))) {
          gens.add(u32(g));
        }
        yield new ApResult(gens);
      }
      case "canon" -> {
        Map.Entry<String, JsonNode> c = single(v);
        yield switch (c.getKey()) {
          case "executed" -> new CanonResult.Executed(str(c.getValue()));
          case "sent_by" -> new CanonResult.RequestSentBy(str(c.getValue()));
          default -> throw new Malformed("unknown canon variant " + c.getKey());
        };
      }
      default -> throw new Malformed("unknown state " + tag.getKey());
    };
  }

  private static CallResult call(JsonNode v) throws Malformed {
    Map.Entry<String, JsonNode> c = single(v);
    JsonNode x = c.getValue();
    return switch (c.getKey()) {
      case "executed" -> {
        Map.Entry<String, JsonNode> r = single(x);
        yield new CallResult.Executed(switch (r.getKey()) {
          case "scalar" -> new ValueRef.Scalar(str(r.getValue()));
          case "unused" -> new ValueRef.Unused(str(r.getValue()));
          case "stream" -> new ValueRef.Stream(str(req(r.getValue(), "cid")),
              u32(req(r.getValue(), "generation")));
          default -> throw new Malformed("unknown value ref " + r.getKey());
        });
      }
      case "failed" -> new CallResult.Failed(str(x));
      case "sent_by" -> {
        Map.Entry<String, JsonNode> s = single(x);
        yield new CallResult.RequestSentBy(switch (s.getKey()) {
          case "PeerId" -> new Sender.PeerId(str(s.getValue()));
          case "PeerIdWithCallId" -> new Sender.PeerIdWithCallId(
              str(req(s.getValue(), "peer_id")), u32(req(s.getValue(), "call_id")));
          default -> throw new Malformed("unknown sender " + s.getKey());
        });
      }
      default -> throw new Malformed("unknown call variant " + c.getKey());
    };
  }

  private static CidInfo cidInfo(JsonNode n) throws Malformed {
    TreeMap<String, String> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : fields(req(n, "value_store"))) {
      values.put(e.getKey(), str(e.getValue()));
    }
    TreeMap<String, SecurityTetraplet> tets = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : fields(req(n, "tetraplet_store"))) {
      tets.put(e.getKey(), tetraplet(e.getValue()));
    }
    TreeMap<String, CanonCidAggregate> elements = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : fields(req(n, "canon_element_store"))) {
      JsonNode a = e.getValue();
      elements.put(e.getKey(), new CanonCidAggregate(str(req(a, "value")), str(req(a, "tetraplet")),
          provenance(req(a, "provenance"))));
    }
    TreeMap<String, CanonResultAggregate> results = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : fields(req(n, "canon_result_store"))) {
      List<String> vals = new ArrayList<>();
      for (JsonNode x : array(req(e.getValue(), "values"))) {
        vals.add(str(x));
      }
      results.put(e.getKey(), new CanonResultAggregate(str(req(e.getValue(), "tetraplet")), vals));
    }
    TreeMap<String, ServiceResultAggregate> services = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : fields(req(n, "service_result_store"))) {
      JsonNode a = e.getValue();
      services.put(e.getKey(), new ServiceResultAggregate(str(req(a, "value_cid")),
          str(req(a, "argument_hash")), str(req(a, "tetraplet_cid"))));
    }
    return new CidInfo(values, tets, elements, results, services);
  }

  private static SecurityTetraplet tetraplet(JsonNode t) throws Malformed {
    return new SecurityTetraplet(str(req(t, "peer_pk")), str(req(t, "service_id")),
        str(req(t, "function_name")), str(req(t, "lens")));
  }

  private static Provenance provenance(JsonNode p) throws Malformed {
    return switch (str(req(p, "type"))) {
      case "literal" -> Provenance.LITERAL;
      case "service_result" -> new Provenance.ServiceResult(str(req(p, "cid")));
      case "canon" -> new Provenance.Canon(str(req(p, "cid")));
      default -> throw new Malformed("unknown provenance");
    };
  }

  private static JsonNode req(JsonNode o, String key) throws Malformed {
    if (o == null || !o.isObject() || !o.has(key)) {
      throw new Malformed("missing field `" + key + "`");
    }
    return o.get(key);
  }

  private static Map.Entry<String, JsonNode> single(JsonNode o) throws Malformed {
    if (o == null || !o.isObject() || o.size() != 1) {
      throw new Malformed("expected an enum object with one key");
    }
    return o.fields().next();
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode o) throws Malformed {
    if (!o.isObject()) {
      throw new Malformed("expected an object");
    }
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  private static List<JsonNode> array(JsonNode a) throws Malformed {
    if (!a.isArray()) {
      throw new Malformed("expected an array");
    }
    List<JsonNode> out = new ArrayList<>();
    a.forEach(out::add);
    return out;
  }

  private static String str(JsonNode s) throws Malformed {
    if (!s.isTextual()) {
      throw new Malformed("expected a string");
    }
    return s.textValue();
  }

  private static long u32(JsonNode n) throws Malformed {
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0
        || n.longValue() > 0xFFFF_FFFFL) {
      throw new Malformed("expected a u32");
    }
    return n.longValue();
  }
}
