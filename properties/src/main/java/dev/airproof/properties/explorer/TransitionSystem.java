package dev.airproof.properties.explorer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.CallSite;
import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.interpreter.semantics.InsightfulInterpreter.Observed;
import dev.airproof.interpreter.semantics.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable (memo tables only); the transition relation of the model: which transitions a state
 * enables and what each one leads to. Invocations are memoised by their inputs, which is sound
 * because the interpreter is a pure function.
 */
public final class TransitionSystem {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Environment env;
  private final InsightfulInterpreter interpreter;
  private final InvocationMemo memo;
  private final java.util.Map<DataRef, Optional<java.util.Set<dev.airproof.interpreter.ast.Span>>> known =
      new java.util.HashMap<>();

  /**
   * Immutable; the result of one transition.
   *
   * @param next the successor state
   * @param step what happened, for counterexamples
   * @param retCode the invocation's ret code (0 for faults)
   * @param repeatedCall the call instance that this transition executed for the second time, if so
   */
  public record Successor(ExplorerState next, Step step, long retCode, Optional<CallSite> repeatedCall) {}

  /** A transition system over {@code env}, running {@code interpreter}. */
  public TransitionSystem(Environment env, InsightfulInterpreter interpreter) {
    this.env = env;
    this.interpreter = interpreter;
    this.memo = new InvocationMemo(20_000);
  }

  /** The environment explored. */
  public Environment environment() {
    return env;
  }

  /** The initial state. */
  public ExplorerState initial() {
    return ExplorerState.initial(env.peers().size(), env.initPeer());
  }

  /** The enabled transitions of {@code s}, in a fixed order (deliveries, answers, faults). */
  public List<Transition> enabled(ExplorerState s) {
    List<Transition> out = new ArrayList<>();
    for (int i = 0; i < s.particleCount(); i++) {
      if (i == 0 || !s.particle(i).equals(s.particle(i - 1))) {
        out.add(new Transition.Deliver(i, s.particle(i).to()));
      }
    }
    for (int i = 0; i < s.pendingCount(); i++) {
      int n = answers(s, s.pendingCall(i)).size();
      for (int k = 0; k < n; k++) {
        out.add(new Transition.Answer(i, k, s.pendingCall(i).peer()));
      }
    }
    addFaults(s, out);
    return out;
  }

  private void addFaults(ExplorerState s, List<Transition> out) {
    FaultBudget b = env.faults();
    for (int i = 0; i < s.particleCount(); i++) {
      if (i > 0 && s.particle(i).equals(s.particle(i - 1))) {
        continue;
      }
      if (s.duplicationsUsed() < b.duplications()) {
        out.add(new Transition.Duplicate(i, s.particle(i).to()));
      }
      if (s.dropsUsed() < b.drops()) {
        out.add(new Transition.Drop(i, s.particle(i).to()));
      }
    }
    if (s.amnesiasUsed() < b.amnesias() && !s.isQuiescent()) {
      for (int p = 0; p < s.peerCount(); p++) {
        if (!s.data(p).isEmpty()) {
          out.add(new Transition.Amnesia(p));
        }
      }
    }
  }

  /** Takes transition {@code t}, enabled in {@code s}. */
  public Successor apply(ExplorerState s, Transition t) {
    return switch (t) {
      case Transition.Deliver d -> deliver(s, d);
      case Transition.Answer a -> answer(s, a);
      case Transition.Duplicate d -> fault(s.change().addParticle(s.particle(d.index())).countDuplication(),
          "duplicate", d.peer(), "particle " + describe(s.particle(d.index())));
      case Transition.Drop d -> fault(s.change().removeParticle(d.index()).countDrop(),
          "drop", d.peer(), "particle " + describe(s.particle(d.index())));
      case Transition.Amnesia a -> fault(s.change().setData(a.peer(), DataRef.EMPTY).countAmnesia(),
          "amnesia", a.peer(), alias(a.peer()) + " restarts and loses its data");
    };
  }

  private Successor fault(ExplorerState.Change change, String kind, int peer, String detail) {
    Step step = new Step(kind, alias(peer), "", detail, 0, "", List.of(), List.of());
    return new Successor(change.build(), step, 0, Optional.empty());
  }

  private Successor deliver(ExplorerState s, Transition.Deliver d) {
    Particle p = s.particle(d.index());
    Observed obs = invoke(p.to(), s.data(p.to()), p.data(), Map.of());
    String from = p.from() < 0 ? "" : alias(p.from());
    return after(s.change().removeParticle(d.index()), p.to(), obs, "deliver", from, "",
        Optional.empty(), s);
  }

  private Successor answer(ExplorerState s, Transition.Answer a) {
    PendingCall call = s.pendingCall(a.index());
    List<CallServiceResult> allowed = answers(s, call);
    CallServiceResult result = allowed.get(a.alternative());
    boolean repeated = s.executed().stream().anyMatch(e -> e.site().equals(call.site()));
    ExplorerState.Change change = s.change().removePending(a.index()).addExecuted(new ExecutedCall(
        call.site(), call.peer(), call.service(), call.function(), call.argsJson(),
        result.retCode(), result.result(), a.alternative(), allowed.size()));
    Observed obs = invoke(call.peer(), s.data(call.peer()), DataRef.EMPTY,
        Map.of(call.callId(), result));
    String detail = readable(call.callId() + ": " + call.service() + "." + call.function()
        + call.argsJson() + " = "
        + (result.retCode() == 0 ? result.result() : "error " + result.retCode() + " " + result.result()));
    return after(change, call.peer(), obs, "answer", "", detail,
        repeated ? Optional.of(call.site()) : Optional.empty(), s);
  }

  private Successor after(ExplorerState.Change change, int peer, Observed obs, String kind,
      String from, String detail, Optional<CallSite> repeated, ExplorerState before) {
    Outcome out = obs.outcome();
    boolean ok = out.retCode() == 0;
    DataRef produced = DataRef.own(out.data());
    known.putIfAbsent(produced, obs.insight().knownSites());
    if (!ok) {
      change.addError(alias(peer) + ": " + out.retCode());
    }
    if (ok || env.storeDataOnError()) {
      change.setData(peer, produced);
    }
    List<String> next = new ArrayList<>();
    if (ok || env.forwardOnError()) {
      for (String id : out.nextPeers()) {
        Optional<Integer> target = env.indexOf(id);
        target.ifPresent(t -> change.addParticle(new Particle(t, peer, produced)));
        next.add(target.map(this::alias).orElse(id));
      }
    }
    List<String> requests = new ArrayList<>();
    for (Map.Entry<Integer, CallRequest> e : out.callRequests().entrySet()) {
      CallRequest req = e.getValue();
      CallSite site = obs.insight().callSites().get(e.getKey());
      if (site == null) {
        throw new IllegalStateException("interpreter reported no call site for request " + e.getKey());
      }
      String args = compact(req.arguments());
      requests.add(readable(e.getKey() + ": " + req.serviceId() + "." + req.functionName() + args));
      PendingCall pc = new PendingCall(peer, e.getKey(), req.serviceId(), req.functionName(), args, site);
      if (!answers(before, pc).isEmpty()) {
        change.addPending(pc);
      }
    }
    Step step = new Step(kind, alias(peer), from, detail, out.retCode(), readable(out.errorMessage()),
        next, requests);
    return new Successor(change.build(), step, out.retCode(), repeated);
  }

  /** The allowed answers of a pending call in state {@code s}. */
  List<CallServiceResult> answers(ExplorerState s, PendingCall c) {
    int nth = 0;
    for (ExecutedCall e : s.executed()) {
      if (e.peer() == c.peer() && e.service().equals(c.service()) && e.function().equals(c.function())) {
        nth++;
      }
    }
    return env.services().answers(alias(c.peer()), c.service(), c.function(), parseArgs(c.argsJson()),
        nth, c.site());
  }

  /**
   * Runs peer {@code peer} on its stored data with nothing new: the completeness flag and the join
   * waits of that data, used on quiescent states.
   */
  public Observed probe(int peer, DataRef data) {
    return invoke(peer, data, DataRef.EMPTY, Map.of());
  }

  private Observed invoke(int peer, DataRef prev, DataRef current, Map<Integer, CallServiceResult> results) {
    InvocationMemo.Key key = new InvocationMemo.Key(peer, prev, current, results);
    return memo.computeIfAbsent(key, k -> interpreter.invokeObserved(env.script(), env.scriptText(),
        prev.unsafeBytes(), current.unsafeBytes(), env.runParameters(peer), results));
  }

  /** {@code text} with every peer id of the environment replaced by the peer's alias. */
  public String readable(String text) {
    String out = text;
    for (PeerSpec p : env.peers()) {
      if (!p.peerId().equals(p.alias())) {
        out = out.replace(p.peerId(), p.alias());
      }
    }
    return out;
  }

  /**
   * The call and canon sites that have a state in {@code data}, as reported when the data was
   * produced; empty when unknown.
   */
  Optional<java.util.Set<dev.airproof.interpreter.ast.Span>> knownSites(DataRef data) {
    if (data.isEmpty()) {
      return Optional.of(java.util.Set.of());
    }
    return known.getOrDefault(data, Optional.empty());
  }

  /** The alias of peer {@code i}. */
  public String alias(int i) {
    return env.peers().get(i).alias();
  }

  private String describe(Particle p) {
    return (p.from() < 0 ? "(initial)" : alias(p.from())) + " -> " + alias(p.to());
  }

  private static String compact(List<JsonNode> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise call arguments", e);
    }
  }

  private static List<JsonNode> parseArgs(String json) {
    try {
      List<JsonNode> out = new ArrayList<>();
      JSON.readTree(json).forEach(out::add);
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot parse stored call arguments", e);
    }
  }
}
