package dev.airproof.properties.tlc;

import dev.airproof.properties.explorer.Step;
import dev.airproof.translator.tla.GeneratedModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a TLC counterexample of a generated module into airproof's peer-by-peer steps: every
 * transition is recognised by what it changed (the {@code -tool} action names of an instance all
 * point at the INSTANCE line): a request leaving {@code pending} is an answer, a particle leaving
 * {@code network} a delivery, a spent fault budget a duplication, loss or amnesia; stuttering steps
 * are dropped. Call instances are shown with the AIR position of their node. Stateless.
 */
public final class TraceSteps {
  private TraceSteps() {}

  /**
   * Immutable; the steps, and for a lasso the index in {@code steps} where the loop starts.
   *
   * @param steps the steps
   * @param loopStart where the repeated part begins (a back-edge), if any
   * @param last the last state's variables
   */
  public record Converted(List<Step> steps, Optional<Integer> loopStart, Map<String, TlaValue> last) {
    public Converted {
      steps = List.copyOf(steps);
      Objects.requireNonNull(loopStart, "loopStart");
      last = Map.copyOf(last);
    }
  }

  /** Converts {@code trace}, a counterexample of {@code module}. */
  public static Converted of(Counterexample trace, GeneratedModule module) {
    List<Map<String, TlaValue>> states = new ArrayList<>();
    for (TraceState s : trace.states()) {
      Map<String, TlaValue> vars = new HashMap<>();
      s.variables().forEach((k, v) -> vars.put(k, TlaValueParser.parse(v)));
      states.add(vars);
    }
    List<Step> steps = new ArrayList<>();
    Map<TlaValue, String> senders = new HashMap<>();
    Map<Integer, Integer> stepsBeforeState = new HashMap<>();
    stepsBeforeState.put(1, 0);
    for (int i = 1; i < states.size(); i++) {
      step(states.get(i - 1), states.get(i), module, senders).ifPresent(steps::add);
      stepsBeforeState.put(i + 1, steps.size());
    }
    Optional<Integer> loop = trace.end() instanceof LassoEnd.BackTo(int index)
        ? Optional.of(stepsBeforeState.get(index)) : Optional.empty();
    return new Converted(steps, loop, states.get(states.size() - 1));
  }

  private static Optional<Step> step(Map<String, TlaValue> s, Map<String, TlaValue> t,
      GeneratedModule module, Map<TlaValue, String> senders) {
    Map<TlaValue, Long> before = bag(s.get("network"));
    Map<TlaValue, Long> after = bag(t.get("network"));
    long budgetBefore = integer(s.get("budget"));
    long budgetAfter = integer(t.get("budget"));
    if (budgetAfter < budgetBefore) {
      return Optional.of(fault(s, t, before, after));
    }
    List<TlaValue> answered = minus(set(s.get("pending")), set(t.get("pending")));
    if (!answered.isEmpty()) {
      TlaValue q = answered.get(0);
      String peer = str(q.field("peer"));
      TlaValue outcome = t.get("answered").at(q.field("key").orElseThrow())
          .flatMap(a -> a.field("outcome")).orElseThrow();
      String detail = request(q, module) + " = " + outcomeText(outcome);
      return Optional.of(effects("answer", peer, "", detail, s, t, before, after, module, senders));
    }
    for (Map.Entry<TlaValue, Long> e : before.entrySet()) {
      if (after.getOrDefault(e.getKey(), 0L) < e.getValue()) {
        String peer = str(e.getKey().field("to"));
        String from = senders.getOrDefault(e.getKey(), "");
        return Optional.of(effects("deliver", peer, from, "", s, t, before, after, module, senders));
      }
    }
    return Optional.empty();
  }

  private static Step fault(Map<String, TlaValue> s, Map<String, TlaValue> t,
      Map<TlaValue, Long> before, Map<TlaValue, Long> after) {
    for (Map.Entry<TlaValue, Long> e : after.entrySet()) {
      if (e.getValue() > before.getOrDefault(e.getKey(), 0L)) {
        String to = str(e.getKey().field("to"));
        return new Step("duplicate", to, "", "a particle to " + to, 0, "", List.of(), List.of());
      }
    }
    for (Map.Entry<TlaValue, Long> e : before.entrySet()) {
      if (after.getOrDefault(e.getKey(), 0L) < e.getValue()) {
        String to = str(e.getKey().field("to"));
        return new Step("drop", to, "", "a particle to " + to, 0, "", List.of(), List.of());
      }
    }
    for (Map.Entry<TlaValue, TlaValue> e : s.get("data").entries().entrySet()) {
      if (!e.getValue().equals(t.get("data").at(e.getKey()).orElse(null))) {
        String peer = str(Optional.of(e.getKey()));
        return new Step("amnesia", peer, "", peer + " loses its stored data", 0, "", List.of(), List.of());
      }
    }
    throw new IllegalArgumentException("a fault step that changed nothing");
  }

  private static Step effects(String kind, String peer, String from, String detail,
      Map<String, TlaValue> s, Map<String, TlaValue> t, Map<TlaValue, Long> before,
      Map<TlaValue, Long> after, GeneratedModule module, Map<TlaValue, String> senders) {
    Map<TlaValue, Long> remaining = new HashMap<>(before);
    remaining.computeIfPresent(removed(before, after), (k, v) -> v - 1);
    List<String> next = new ArrayList<>();
    for (Map.Entry<TlaValue, Long> e : after.entrySet()) {
      if (e.getValue() > remaining.getOrDefault(e.getKey(), 0L)) {
        next.add(str(e.getKey().field("to")));
        senders.put(e.getKey(), peer);
      }
    }
    List<String> requests = minus(set(t.get("pending")), set(s.get("pending"))).stream()
        .map(q -> request(q, module)).toList();
    TlaValue status = t.get("status").field(peer).orElseThrow();
    long err = integer(status.field("err").orElseThrow());
    List<String> waits = status.field("blocked").map(TraceSteps::set).orElse(List.of()).stream()
        .map(k -> position(k, module)).toList();
    String message = err == 0 ? "" : "error code " + err;
    String shown = waits.isEmpty() ? detail
        : (detail.isEmpty() ? "" : detail + "; ") + "waits at " + String.join(", ", waits);
    return new Step(kind, peer, from, shown, err, message, next, requests);
  }

  private static TlaValue removed(Map<TlaValue, Long> before, Map<TlaValue, Long> after) {
    for (Map.Entry<TlaValue, Long> e : before.entrySet()) {
      if (after.getOrDefault(e.getKey(), 0L) < e.getValue()) {
        return e.getKey();
      }
    }
    return new TlaValue.Str("");
  }

  /** {@code line:col: service.function(args)} of a request record. */
  static String request(TlaValue q, GeneratedModule module) {
    List<String> args = q.field("args").map(a -> a.entries().values().stream()
        .map(TlaValue::show).toList()).orElse(List.of());
    return position(q.field("key").orElseThrow(), module) + ": " + str(q.field("service")) + "."
        + str(q.field("function")) + "(" + String.join(", ", args) + ")";
  }

  /** The AIR position of an instance key {@code <<node, path>>}, with the fold path if any. */
  static String position(TlaValue key, GeneratedModule module) {
    long node = integer(key.at(new TlaValue.Int(1)).orElseThrow());
    TlaValue path = key.at(new TlaValue.Int(2)).orElse(new TlaValue.Seq(List.of()));
    String where = node >= 1 && node <= module.nodeSpans().size()
        ? module.spanOf((int) node).toString() : "node " + node;
    return path.entries().isEmpty() ? where : where + " (iteration " + path.show() + ")";
  }

  private static String outcomeText(TlaValue o) {
    boolean ok = o.field("ok").orElseThrow() instanceof TlaValue.Bool b && b.value();
    if (ok) {
      return o.field("val").flatMap(v -> v.at(new TlaValue.Int(1))).map(TlaValue::show).orElse("?");
    }
    return "failed " + o.field("msg").flatMap(v -> v.at(new TlaValue.Int(1))).map(TlaValue::show)
        .orElse("");
  }

  /** A bag: particle to count; TLC prints the empty bag as {@code << >>}. */
  static Map<TlaValue, Long> bag(TlaValue v) {
    Map<TlaValue, Long> out = new HashMap<>();
    if (v instanceof TlaValue.Fn f) {
      f.mapping().forEach((k, n) -> out.put(k, integer(n)));
    }
    return out;
  }

  static List<TlaValue> set(TlaValue v) {
    return v instanceof TlaValue.SetOf s ? s.elements() : List.of();
  }

  private static List<TlaValue> minus(List<TlaValue> a, List<TlaValue> b) {
    return a.stream().filter(x -> !b.contains(x)).toList();
  }

  static long integer(TlaValue v) {
    if (v instanceof TlaValue.Int i) {
      return i.value();
    }
    throw new IllegalArgumentException("not an integer: " + v.show());
  }

  static String str(Optional<TlaValue> v) {
    return v.map(x -> x instanceof TlaValue.Str s ? s.value() : x.show()).orElse("?");
  }
}
