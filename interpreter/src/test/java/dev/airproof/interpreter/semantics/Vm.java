package dev.airproof.interpreter.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.data.DataJson;
import dev.airproof.interpreter.data.DataReadResult;
import dev.airproof.interpreter.data.InterpreterData;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Test host, like AquaVM's {@code TestRunner}: a peer with a service closure; {@link #call} loops
 * feeding call results until no requests remain and returns the last outcome with the union of next
 * peers.
 */
public final class Vm {
  /** A service: request to answer. */
  public interface Service extends Function<CallRequest, CallServiceResult> {}

  public static final AquaVmInterpreter INTERPRETER = new AquaVmInterpreter(SignatureMode.OFF);
  public final String peerId;
  private final Service service;
  public String initPeerId = "";
  public String particleId = "";
  public long timestamp;
  public long ttl;
  public byte[] secretKey = new byte[32];
  public Interpreter interpreter = INTERPRETER;

  public Vm(String peerId, Service service) {
    this.peerId = peerId;
    this.service = service;
  }

  /** Outcome plus the union of next peers over the host loop. */
  public record Result(Outcome outcome, List<String> nextPeers) {
    public InterpreterData data() {
      return ((DataReadResult.Ok) DataJson.read(outcome.data())).data();
    }

    public long retCode() {
      return outcome.retCode();
    }
  }

  RunParameters params() {
    return new RunParameters(initPeerId, peerId, timestamp, ttl, 0, secretKey, particleId,
        RunParameters.JS_CLIENT_LIMIT, RunParameters.JS_CLIENT_LIMIT, RunParameters.JS_CLIENT_LIMIT,
        false);
  }

  /** One invocation with explicit call results. */
  public Outcome single(String air, byte[] prev, byte[] current, Map<Integer, CallServiceResult> r) {
    Instruction script = Air.parse(air);
    return interpreter.invoke(script, air, prev, current, params(), r);
  }

  /** The host loop. */
  public Result call(String air, byte[] prev, byte[] current) {
    Outcome o = single(air, prev, current, Map.of());
    LinkedHashSet<String> next = new LinkedHashSet<>(o.nextPeers());
    while (!o.callRequests().isEmpty()) {
      Map<Integer, CallServiceResult> results = new TreeMap<>();
      o.callRequests().forEach((id, req) -> results.put(id, service.apply(req)));
      o = single(air, o.data(), new byte[0], results);
      next.addAll(o.nextPeers());
    }
    return new Result(o, new ArrayList<>(next));
  }

  public Result call(String air, byte[] current) {
    return call(air, new byte[0], current);
  }

  // ---- canned services (test-utils/src/call_services.rs) ----

  public static CallServiceResult ok(JsonNode v) {
    return new CallServiceResult(0, JValues.compact(v));
  }

  public static Service unit() {
    return r -> ok(JValues.text("result from unit_call_service"));
  }

  public static Service echo() {
    return r -> r.arguments().isEmpty() ? ok(JValues.text("")) : ok(r.arguments().get(0));
  }

  public static Service returning(JsonNode v) {
    return r -> ok(v);
  }

  public static Service fallible(String serviceId) {
    return r -> r.serviceId().equals(serviceId)
        ? new CallServiceResult(1, "\"failed result from fallible_call_service\"")
        : ok(JValues.text("success result from fallible_call_service"));
  }

  public static JsonNode json(String text) {
    return JValues.parse(text).orElseThrow();
  }
}
