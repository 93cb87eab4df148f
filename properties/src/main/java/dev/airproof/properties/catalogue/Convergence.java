package dev.airproof.properties.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.properties.explorer.DataView;
import dev.airproof.properties.explorer.ExecutedCall;
import dev.airproof.properties.explorer.ExplorationResult;
import dev.airproof.properties.explorer.ExplorerState;
import dev.airproof.properties.explorer.TransitionSystem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Convergence: quiescent states reached with the same environment choices (the answers picked for
 * calls that had several allowed answers) must agree on the executed calls and on the results recorded
 * on the init peer. The unordered variant first sorts every JSON array, because stream order follows
 * arrival order.
 */
final class Convergence {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Immutable; what quiescent states are compared on. */
  record Summary(List<String> calls, List<String> initResults) {}

  interface VerdictMaker {
    PropertyResult make(PropertyId p, Optional<Counterexample> ce, String holdsDetail);
  }

  private Convergence() {}

  static PropertyResult check(TransitionSystem system, ExplorationResult result, boolean unordered,
      VerdictMaker verdict) {
    PropertyId id = unordered ? PropertyId.CONVERGENCE_UNORDERED : PropertyId.CONVERGENCE;
    Map<List<String>, Integer> firstOfGroup = new HashMap<>();
    Map<List<String>, Summary> summaryOfGroup = new HashMap<>();
    int init = system.environment().initPeer();
    for (int sid : result.quiescent()) {
      ExplorerState s = result.space().state(sid);
      List<String> choices = choices(s);
      Summary sum = summary(system, s, init, unordered);
      Summary seen = summaryOfGroup.putIfAbsent(choices, sum);
      firstOfGroup.putIfAbsent(choices, sid);
      if (seen != null && !seen.equals(sum)) {
        int other = firstOfGroup.get(choices);
        String diff = difference(seen, sum);
        Counterexample ce = new Counterexample(result.space().pathTo(sid),
            "two runs with the same service answers end differently: " + diff,
            Optional.of(result.space().pathTo(other)), Optional.empty());
        return verdict.make(id, Optional.of(ce), "");
      }
    }
    return verdict.make(id, Optional.empty(), summaryOfGroup.size()
        + " environment choice(s); every quiescent state agrees within each");
  }

  private static List<String> choices(ExplorerState s) {
    List<String> out = new ArrayList<>();
    for (ExecutedCall e : s.executed()) {
      if (e.alternatives() > 1) {
        out.add(e.site().span() + e.site().iteration().toString() + "=" + e.alternative());
      }
    }
    return out;
  }

  private static Summary summary(TransitionSystem system, ExplorerState s, int init, boolean unordered) {
    List<String> calls = new ArrayList<>();
    for (ExecutedCall e : s.executed()) {
      calls.add(system.readable(system.alias(e.peer()) + " " + e.service() + "." + e.function()
          + norm(e.argsJson(), unordered) + " = " + e.retCode() + " " + norm(e.result(), unordered)));
    }
    java.util.Collections.sort(calls);
    List<String> results = new ArrayList<>();
    for (String v : DataView.callValues(s.data(init))) {
      results.add(system.readable(norm(v, unordered)));
    }
    if (unordered) {
      java.util.Collections.sort(results);
    }
    return new Summary(calls, results);
  }

  private static String difference(Summary a, Summary b) {
    if (!a.calls().equals(b.calls())) {
      List<String> onlyA = new ArrayList<>(a.calls());
      onlyA.removeAll(b.calls());
      List<String> onlyB = new ArrayList<>(b.calls());
      onlyB.removeAll(a.calls());
      return "executed calls differ: " + onlyB + " vs " + onlyA;
    }
    return "results on the init peer differ: " + b.initResults() + " vs " + a.initResults();
  }

  /** Compact JSON of {@code text}, with arrays sorted when {@code unordered}; non-JSON text as is. */
  static String norm(String text, boolean unordered) {
    if (!unordered) {
      return text;
    }
    try {
      return JSON.writeValueAsString(sortArrays(JSON.readTree(text)));
    } catch (IOException e) {
      return text;
    }
  }

  private static JsonNode sortArrays(JsonNode n) throws IOException {
    if (n == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    if (n.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode c : n) {
        items.add(JSON.writeValueAsString(sortArrays(c)));
      }
      java.util.Collections.sort(items);
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (String i : items) {
        out.add(JSON.readTree(i));
      }
      return out;
    }
    if (n.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      var it = n.fields();
      while (it.hasNext()) {
        var e = it.next();
        out.set(e.getKey(), sortArrays(e.getValue()));
      }
      return out;
    }
    return n;
  }
}
