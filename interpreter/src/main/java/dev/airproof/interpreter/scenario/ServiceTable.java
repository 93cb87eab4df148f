package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.data.json.JsJson;
import dev.airproof.interpreter.semantics.CallServiceResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable (per-run sequence counters); answers call requests from a scenario's service
 * behaviours. Lookup for peer P, service S, function F: {@code services[P]["S/F"]},
 * {@code services[P]["S/*"]}, {@code services[P]["*"]}, then the same keys in
 * {@code services["*"]}.
 */
public final class ServiceTable {
  private final Map<String, Map<String, ServiceBehaviour>> services;
  private final Map<List<String>, Integer> calls = new HashMap<>();

  /** A table over a scenario's services, counters at zero. */
  public ServiceTable(Map<String, Map<String, ServiceBehaviour>> services) {
    this.services = services;
  }

  /** The behaviour for this peer, service and function, if any. */
  public static Optional<ServiceBehaviour> lookup(
      Map<String, Map<String, ServiceBehaviour>> services, String alias, String service, String function) {
    for (String table : List.of(alias, "*")) {
      Map<String, ServiceBehaviour> t = services.getOrDefault(table, Map.of());
      for (String key : List.of(service + "/" + function, service + "/*", "*")) {
        if (t.containsKey(key)) {
          return Optional.of(t.get(key));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Answers one call request of peer {@code alias} and advances the counter of the (peer,
   * service, function) triple. Empty means the request is never answered.
   */
  public Optional<CallServiceResult> answer(String alias, String service, String function, List<JsonNode> args) {
    int index = calls.merge(List.of(alias, service, function), 1, Integer::sum) - 1;
    Optional<ServiceBehaviour> behaviour = lookup(services, alias, service, function);
    if (behaviour.isEmpty()) {
      return Optional.of(noServiceFound(service, function, args));
    }
    return resolve(behaviour.get(), args, index);
  }

  /** The answer of the Fluence JS client when no service matches: ret code 1 and its message. */
  public static CallServiceResult noServiceFound(String service, String function, List<JsonNode> args) {
    String message = "No service found for service call: serviceId='" + service + "', fnName='" + function
        + "' args='" + JsJson.compact(array(args)) + "'";
    return new CallServiceResult(1, JsJson.compact(JsonNodeFactory.instance.textNode(message)));
  }

  /** The answer of one behaviour to the {@code index}-th call (0-based) with these arguments. */
  public static Optional<CallServiceResult> resolve(ServiceBehaviour behaviour, List<JsonNode> args, int index) {
    return switch (behaviour) {
      case ServiceBehaviour.Return r -> ok(JsJson.compact(r.value()));
      case ServiceBehaviour.Error e -> Optional.of(new CallServiceResult(e.retCode(), JsJson.compact(e.value())));
      case ServiceBehaviour.Echo e -> ok(JsJson.compact(array(args)));
      case ServiceBehaviour.Arg a -> ok(a.index() < args.size() ? JsJson.compact(args.get(a.index())) : "null");
      case ServiceBehaviour.Raw r -> Optional.of(new CallServiceResult(r.retCode(), r.result()));
      case ServiceBehaviour.Sequence s -> resolve(s.steps().get(Math.min(index, s.steps().size() - 1)), args, index);
      case ServiceBehaviour.NoResponse n -> Optional.empty();
      case ServiceBehaviour.OneOf o -> resolve(o.alternatives().get(0), args, index);
    };
  }

  private static Optional<CallServiceResult> ok(String text) {
    return Optional.of(new CallServiceResult(0, text));
  }

  private static ArrayNode array(List<JsonNode> args) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    args.forEach(a::add);
    return a;
  }
}
