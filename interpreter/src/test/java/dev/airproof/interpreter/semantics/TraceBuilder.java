package dev.airproof.interpreter.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.airproof.interpreter.data.*;
import dev.airproof.interpreter.data.jvalue.JValues;
import dev.airproof.interpreter.semantics.exec.CidHasher;
import dev.airproof.interpreter.data.CidJson;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds interpreter data for tests, like AquaVM's {@code executed_state} helpers with a tracked
 * CID state ({@code scalar_tracked!}, {@code stream_tracked!}, ...).
 */
public final class TraceBuilder {
  private final List<ExecutedState> trace = new ArrayList<>();
  private final TreeMap<String, String> values = new TreeMap<>();
  private final TreeMap<String, SecurityTetraplet> tetraplets = new TreeMap<>();
  private final TreeMap<String, ServiceResultAggregate> services = new TreeMap<>();
  private long lcid;

  public TraceBuilder add(ExecutedState s) {
    trace.add(s);
    return this;
  }

  public TraceBuilder lcid(long l) {
    lcid = l;
    return this;
  }

  /** Tracks a service result and returns its CID. */
  public String service(JsonNode value, String peer, String service, String function, JsonNode... args) {
    String text = JValues.compact(value);
    String vcid = CidHasher.ofJsonText(text);
    values.put(vcid, text);
    SecurityTetraplet t = new SecurityTetraplet(peer, service, function, "");
    String tcid = CidHasher.ofJsonText(CidJson.tetraplet(t));
    tetraplets.put(tcid, t);
    ArrayNode a = JValues.NODES.arrayNode();
    for (JsonNode x : args) {
      a.add(x);
    }
    ServiceResultAggregate agg = new ServiceResultAggregate(vcid,
        CidHasher.ofJsonText(JValues.compact(a)), tcid);
    String cid = CidHasher.ofJsonText(CidJson.serviceResult(agg));
    services.put(cid, agg);
    return cid;
  }

  public TraceBuilder scalar(JsonNode value, String peer, JsonNode... args) {
    return add(new CallResult.Executed(new ValueRef.Scalar(service(value, peer, "", "", args))));
  }

  public TraceBuilder stream(JsonNode value, long gen, String peer, JsonNode... args) {
    return add(new CallResult.Executed(new ValueRef.Stream(service(value, peer, "", "", args), gen)));
  }

  public TraceBuilder par(long l, long r) {
    return add(new ParResult(l, r));
  }

  public TraceBuilder ap(long... gens) {
    List<Long> g = new ArrayList<>();
    for (long x : gens) {
      g.add(x);
    }
    return add(new ApResult(g));
  }

  public TraceBuilder sentBy(String peer) {
    return add(new CallResult.RequestSentBy(new Sender.PeerId(peer)));
  }

  public static FoldSubTraceLore lore(long pos, long bPos, long bLen, long aPos, long aLen) {
    return new FoldSubTraceLore(pos, List.of(new SubTraceDesc(bPos, bLen), new SubTraceDesc(aPos, aLen)));
  }

  public InterpreterData data() {
    return InterpreterData.of(trace, lcid, new CidInfo(values, tetraplets, new TreeMap<>(),
        new TreeMap<>(), services), new TreeMap<>());
  }

  public byte[] bytes() {
    return DataJson.write(data());
  }
}
