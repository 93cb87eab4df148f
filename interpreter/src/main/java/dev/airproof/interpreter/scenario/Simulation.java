package dev.airproof.interpreter.scenario;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.semantics.CallRequest;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.interpreter.semantics.Outcome;
import dev.airproof.interpreter.semantics.RunParameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Mutable; the state of one scenario run (queue, stored data, counters, the growing report). */
final class Simulation {
  private final Scenario scenario;
  private final Instruction script;
  private final String scriptText;
  private final Interpreter interpreter;
  private final PeerDirectory directory;
  private final ServiceTable services;
  private final Optional<Mulberry32> random;
  private final List<Message> queue = new ArrayList<>();
  private final Map<String, byte[]> stored = new HashMap<>();
  private final Map<String, Integer> invocations = new HashMap<>();
  private final List<RunReport.Step> steps = new ArrayList<>();
  private final List<RunReport.ExecutedCall> executed = new ArrayList<>();
  private final List<String> undelivered = new ArrayList<>();

  Simulation(Scenario scenario, Instruction script, String scriptText, Interpreter interpreter) {
    this.scenario = scenario;
    this.script = script;
    this.scriptText = scriptText;
    this.interpreter = interpreter;
    this.directory = PeerDirectory.of(scenario.peers());
    this.services = new ServiceTable(scenario.services());
    this.random = scenario.delivery().seed().isPresent()
        ? Optional.of(new Mulberry32(scenario.delivery().seed().getAsLong())) : Optional.empty();
  }

  RunReport run() {
    queue.add(new Message.Particle(scenario.initPeer(), Optional.empty(), new byte[0]));
    while (!queue.isEmpty()) {
      if (steps.size() == scenario.maxSteps()) {
        return report(RunReport.StopReason.MAX_STEPS);
      }
      int index = random.map(r -> r.nextIndex(queue.size())).orElse(0);
      Message message = queue.remove(index);
      boolean cut = switch (scenario.delivery().callResults()) {
        case QUEUE -> queuedStep(message);
        case INLINE -> inlineStep(message);
      };
      if (cut) {
        return report(RunReport.StopReason.MAX_STEPS);
      }
    }
    return report(RunReport.StopReason.QUIESCENT);
  }

  /** One queue-policy step; never cut. */
  private boolean queuedStep(Message message) {
    Outcome outcome = invoke(message);
    if (mayForward(outcome)) {
      forward(message.recipient(), outcome.nextPeers(), outcome.data());
    }
    SortedMap<Integer, CallServiceResult> answers = answerAll(message.recipient(), outcome);
    if (!answers.isEmpty()) {
      queue.add(new Message.CallResults(message.recipient(), answers));
    }
    return false;
  }

  /**
   * One inline-policy step: re-invokes the peer while it has answered requests. True when the step
   * bound cut the loop with answers pending (the run then stops with maxSteps after forwarding).
   */
  private boolean inlineStep(Message message) {
    String peer = message.recipient();
    Outcome outcome = invoke(message);
    LinkedHashSet<String> next = new LinkedHashSet<>(outcome.nextPeers());
    boolean cut = false;
    while (true) {
      SortedMap<Integer, CallServiceResult> answers = answerAll(peer, outcome);
      if (answers.isEmpty()) {
        break;
      }
      if (steps.size() == scenario.maxSteps()) {
        cut = true;
        break;
      }
      outcome = invoke(new Message.CallResults(peer, answers));
      next.addAll(outcome.nextPeers());
    }
    if (mayForward(outcome)) {
      forward(peer, next, outcome.data());
    }
    return cut;
  }

  private boolean mayForward(Outcome outcome) {
    return outcome.retCode() == 0 || scenario.delivery().onError().forward();
  }

  private Outcome invoke(Message message) {
    String peer = message.recipient();
    byte[] prev = stored.getOrDefault(peer, new byte[0]);
    RunParameters params = RunParameters.of(directory.peerId(scenario.initPeer()), directory.peerId(peer),
        scenario.particle().timestamp(), scenario.particle().ttl(), directory.identity(peer).seed(),
        scenario.particle().id());
    Outcome outcome;
    RunReport.Trigger trigger;
    switch (message) {
      case Message.Particle p -> {
        outcome = interpreter.invoke(script, scriptText, prev, p.data(), params, Map.of());
        trigger = new RunReport.Trigger.Particle(p.sender());
      }
      case Message.CallResults c -> {
        outcome = interpreter.invoke(script, scriptText, prev, new byte[0], params, c.results());
        trigger = new RunReport.Trigger.CallResults(c.results().entrySet().stream()
            .map(e -> new RunReport.Answer(e.getKey(), e.getValue().retCode(), e.getValue().result())).toList());
      }
    }
    invocations.merge(peer, 1, Integer::sum);
    if (outcome.retCode() == 0 || scenario.delivery().onError().storeData()) {
      stored.put(peer, outcome.data());
    }
    steps.add(new RunReport.Step(steps.size() + 1, peer, trigger, outcome.retCode(), outcome.errorMessage(),
        nextPeerNames(outcome.nextPeers()), requests(outcome)));
    return outcome;
  }

  private void forward(String sender, Collection<String> nextPeers, byte[] data) {
    for (String alias : scenario.peers()) {
      if (nextPeers.contains(directory.peerId(alias))) {
        queue.add(new Message.Particle(alias, Optional.of(sender), data));
      }
    }
    undelivered.addAll(unknownSorted(nextPeers));
  }

  private List<String> nextPeerNames(Collection<String> nextPeers) {
    List<String> out = new ArrayList<>();
    for (String alias : scenario.peers()) {
      if (nextPeers.contains(directory.peerId(alias))) {
        out.add(alias);
      }
    }
    out.addAll(unknownSorted(nextPeers));
    return out;
  }

  private List<String> unknownSorted(Collection<String> nextPeers) {
    return nextPeers.stream().filter(id -> directory.aliasOf(id).isEmpty()).distinct().sorted().toList();
  }

  private static List<RunReport.Request> requests(Outcome outcome) {
    List<RunReport.Request> out = new ArrayList<>();
    outcome.callRequests().forEach((key, r) -> out.add(request(key, r)));
    return out;
  }

  private static RunReport.Request request(int key, CallRequest r) {
    return new RunReport.Request(key, r.serviceId(), r.functionName(), r.arguments(), r.tetraplets());
  }

  private SortedMap<Integer, CallServiceResult> answerAll(String peer, Outcome outcome) {
    SortedMap<Integer, CallServiceResult> answers = new TreeMap<>();
    int step = steps.size();
    outcome.callRequests().forEach((key, r) -> {
      Optional<CallServiceResult> answer = services.answer(peer, r.serviceId(), r.functionName(), r.arguments());
      executed.add(new RunReport.ExecutedCall(step, peer, request(key, r),
          answer.map(a -> new RunReport.Answer(key, a.retCode(), a.result()))));
      answer.ifPresent(a -> answers.put(key, a));
    });
    return answers;
  }

  private RunReport report(RunReport.StopReason reason) {
    List<RunReport.Peer> peers = scenario.peers().stream()
        .map(a -> new RunReport.Peer(a, directory.peerId(a), directory.identity(a).signatureStoreKey())).toList();
    List<RunReport.PeerFinal> finals = scenario.peers().stream()
        .map(a -> PeerData.finalState(a, invocations.getOrDefault(a, 0), stored.getOrDefault(a, new byte[0])))
        .toList();
    return new RunReport(scenario.name(), peers, reason, steps, executed, undelivered, finals);
  }
}
