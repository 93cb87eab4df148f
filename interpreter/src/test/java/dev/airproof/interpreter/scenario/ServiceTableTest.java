package dev.airproof.interpreter.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.semantics.CallServiceResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceTableTest {
  private static final JsonNodeFactory N = JsonNodeFactory.instance;

  private static ServiceBehaviour ret(String json) {
    return new ServiceBehaviour.Return(TestData.json(json));
  }

  private static Map<String, Map<String, ServiceBehaviour>> services(Object... tableKeyBehaviour) {
    Map<String, Map<String, ServiceBehaviour>> out = new LinkedHashMap<>();
    for (int i = 0; i < tableKeyBehaviour.length; i += 3) {
      out.computeIfAbsent((String) tableKeyBehaviour[i], k -> new LinkedHashMap<>())
          .put((String) tableKeyBehaviour[i + 1], (ServiceBehaviour) tableKeyBehaviour[i + 2]);
    }
    return out;
  }

  @Test
  void lookupOrderPeerThenStar() {
    var s = services(
        "p", "s/f", ret("1"), "p", "s/*", ret("2"), "p", "*", ret("3"),
        "*", "s/f", ret("4"), "*", "s/*", ret("5"), "*", "*", ret("6"));
    assertEquals(ret("1"), ServiceTable.lookup(s, "p", "s", "f").orElseThrow());
    assertEquals(ret("2"), ServiceTable.lookup(s, "p", "s", "g").orElseThrow());
    assertEquals(ret("3"), ServiceTable.lookup(s, "p", "t", "f").orElseThrow());
    assertEquals(ret("4"), ServiceTable.lookup(s, "q", "s", "f").orElseThrow());
    assertEquals(ret("5"), ServiceTable.lookup(s, "q", "s", "g").orElseThrow());
    assertEquals(ret("6"), ServiceTable.lookup(s, "q", "t", "f").orElseThrow());
    var onlyStar = services("*", "s/f", ret("4"), "p", "*", ret("3"));
    assertEquals(ret("3"), ServiceTable.lookup(onlyStar, "p", "s", "f").orElseThrow(), "peer table first, even its *");
    assertTrue(ServiceTable.lookup(services(), "p", "s", "f").isEmpty());
  }

  @Test
  void everyBehaviourAnswer() {
    List<JsonNode> args = List.of(N.numberNode(1), N.textNode("a"), TestData.json("{\"b\":1.0,\"a\":[]}"));
    assertEquals(ok("15"), ServiceTable.resolve(ret("15.0"), args, 0));
    assertEquals(ok("{\"x\":\"y\"}"), ServiceTable.resolve(ret("{\"x\":\"y\"}"), args, 0));
    assertEquals(Optional.of(new CallServiceResult(1, "\"bad\"")),
        ServiceTable.resolve(new ServiceBehaviour.Error(N.textNode("bad"), 1), args, 0));
    assertEquals(Optional.of(new CallServiceResult(-5, "{\"m\":1}")),
        ServiceTable.resolve(new ServiceBehaviour.Error(TestData.json("{\"m\":1}"), -5), args, 0));
    assertEquals(ok("[1,\"a\",{\"b\":1,\"a\":[]}]"), ServiceTable.resolve(new ServiceBehaviour.Echo(), args, 0));
    assertEquals(ok("\"a\""), ServiceTable.resolve(new ServiceBehaviour.Arg(1), args, 0));
    assertEquals(ok("null"), ServiceTable.resolve(new ServiceBehaviour.Arg(3), args, 0));
    assertEquals(Optional.of(new CallServiceResult(0, "not json {")),
        ServiceTable.resolve(new ServiceBehaviour.Raw(0, "not json {"), args, 0));
    assertEquals(Optional.empty(), ServiceTable.resolve(new ServiceBehaviour.NoResponse(), args, 0));
    assertEquals(ok("1"), ServiceTable.resolve(new ServiceBehaviour.OneOf(List.of(ret("1"), ret("2"))), args, 5));
  }

  @Test
  void sequenceCountsPerPeerServiceFunctionAndRepeatsTheLast() {
    var seq = new ServiceBehaviour.Sequence(List.of(ret("0"), ret("1"), new ServiceBehaviour.NoResponse()));
    ServiceTable t = new ServiceTable(services("*", "s/*", seq));
    assertEquals(ok("0"), t.answer("p", "s", "f", List.of()));
    assertEquals(ok("0"), t.answer("q", "s", "f", List.of()), "other peer has its own counter");
    assertEquals(ok("0"), t.answer("p", "s", "g", List.of()), "other function has its own counter");
    assertEquals(ok("1"), t.answer("p", "s", "f", List.of()));
    assertEquals(Optional.empty(), t.answer("p", "s", "f", List.of()));
    assertEquals(Optional.empty(), t.answer("p", "s", "f", List.of()), "last repeats");
    assertEquals(ok("1"), t.answer("q", "s", "f", List.of()));
  }

  @Test
  void noServiceMessage() {
    ServiceTable t = new ServiceTable(services());
    assertEquals(Optional.of(new CallServiceResult(1,
            "\"No service found for service call: serviceId='s', fnName='f' args='[1,\\\"x\\\",[]]'\"")),
        t.answer("p", "s", "f", List.of(N.numberNode(1.0), N.textNode("x"), N.arrayNode())));
  }

  private static Optional<CallServiceResult> ok(String text) {
    return Optional.of(new CallServiceResult(0, text));
  }
}
