package dev.airproof.properties.explorer;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.CallSite;
import dev.airproof.interpreter.semantics.Insight;
import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.interpreter.semantics.Outcome;
import dev.airproof.interpreter.semantics.RunParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A hand-written stand-in for the interpreter with a tiny protocol, to test the explorer's mechanics
 * independently of AIR. Data is a JSON object {@code {"flags": [...]}}; merging is the union of
 * flags. The init peer "a", when its data has no "req", asks its service (call site 1:1) and pings
 * "b"; the answer adds "ans". "b" answers every particle with its own flags plus "b" (it does not
 * carry a's flags), so a peer that lost its data asks again. "a" is complete with "ans" and "b".
 */
final class PingPongInterpreter implements InsightfulInterpreter {
  static final Span SITE = new Span(1, 1, 0, 4);

  @Override
  public Observed invokeObserved(Instruction script, String scriptText, byte[] prevData,
      byte[] currentData, RunParameters params, Map<Integer, CallServiceResult> callResults) {
    TreeSet<String> prev = flags(prevData);
    TreeSet<String> merged = new TreeSet<>(prev);
    merged.addAll(flags(currentData));
    if (params.currentPeerId().equals("b")) {
      prev.add("b");
      return observed(prev, List.of("a"), Map.of());
    }
    if (!callResults.isEmpty()) {
      if (!merged.contains("req")) {
        return new Observed(new Outcome(30000, "unprocessed call result", prevData, List.of(),
            new TreeMap<>(), false, false, false), new Insight(false, List.of(), new TreeMap<>()));
      }
      merged.add("ans");
      return observed(merged, List.of(), Map.of());
    }
    if (!merged.contains("req")) {
      merged.add("req");
      return observed(merged, List.of("b"), Map.of(1, new CallRequest("svc", "get", List.of(), List.of())));
    }
    return observed(merged, List.of(), Map.of());
  }

  private static TreeSet<String> flags(byte[] data) {
    TreeSet<String> out = new TreeSet<>();
    String s = new String(data, StandardCharsets.UTF_8);
    int open = s.indexOf('[');
    if (open < 0) {
      return out;
    }
    for (String f : s.substring(open + 1, s.indexOf(']')).split(",")) {
      if (!f.isBlank()) {
        out.add(f.strip().replace("\"", ""));
      }
    }
    return out;
  }

  private static Observed observed(TreeSet<String> flags, List<String> next,
      Map<Integer, CallRequest> requests) {
    TreeMap<Integer, CallSite> sites = new TreeMap<>();
    requests.keySet().forEach(k -> sites.put(k, new CallSite(SITE, List.of())));
    String json = "{\"flags\":[" + String.join(",", flags.stream().map(f -> "\"" + f + "\"").toList()) + "]}";
    Outcome o = new Outcome(0, "", json.getBytes(StandardCharsets.UTF_8), next, new TreeMap<>(requests),
        false, false, false);
    boolean complete = flags.contains("ans") && flags.contains("b");
    return new Observed(o, new Insight(complete, List.of(), sites));
  }
}
