package dev.airproof.interpreter.scenario;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.interpreter.semantics.Outcome;
import dev.airproof.interpreter.semantics.RunParameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Mutable test double; returns prepared outcomes per peer id, in order, and records every
 * invocation. Running out of prepared outcomes fails the test.
 */
final class ScriptedInterpreter implements Interpreter {
  /** One recorded invocation. */
  record Invocation(String peerId, String prev, String current, Map<Integer, CallServiceResult> results,
      RunParameters params) {}

  private final Map<String, Deque<Outcome>> prepared = new HashMap<>();
  final List<Invocation> invocations = new ArrayList<>();

  ScriptedInterpreter then(String peerId, Outcome outcome) {
    prepared.computeIfAbsent(peerId, k -> new ArrayDeque<>()).add(outcome);
    return this;
  }

  @Override
  public Outcome invoke(Instruction script, String scriptText, byte[] prevData, byte[] currentData,
      RunParameters params, Map<Integer, CallServiceResult> callResults) {
    invocations.add(new Invocation(params.currentPeerId(), new String(prevData, StandardCharsets.UTF_8),
        new String(currentData, StandardCharsets.UTF_8), Map.copyOf(callResults), params));
    Deque<Outcome> q = prepared.get(params.currentPeerId());
    if (q == null || q.isEmpty()) {
      throw new AssertionError("unexpected invocation #" + invocations.size() + " on " + params.currentPeerId());
    }
    return q.poll();
  }

  static Outcome outcome(long ret, String data, List<String> next, Map<Integer, CallRequest> requests) {
    SortedMap<Integer, CallRequest> r = new TreeMap<>(requests);
    return new Outcome(ret, ret == 0 ? "" : "error " + ret, data.getBytes(StandardCharsets.UTF_8), next, r,
        false, false, false);
  }

  static Outcome ok(String data, String... next) {
    return outcome(0, data, List.of(next), Map.of());
  }
}
