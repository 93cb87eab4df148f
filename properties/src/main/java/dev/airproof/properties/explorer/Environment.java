package dev.airproof.properties.explorer;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.semantics.RunParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; everything an exploration needs besides the interpreter: the script, the peers, the
 * services, the particle parameters, the fault budget and the host's error policy.
 *
 * <p>Invariant: peers have distinct aliases and distinct peer ids; {@code initPeer} indexes
 * {@code peers}.
 *
 * @param script the parsed script
 * @param scriptText its text (for the size limit and for reports)
 * @param peers the peers, in report order
 * @param initPeer index of the init peer
 * @param services the services' allowed answers
 * @param particleId particle id (salt of signatures)
 * @param timestamp particle timestamp, ms
 * @param ttl particle ttl, ms
 * @param faults fault budget
 * @param storeDataOnError store the produced data even when the ret code is not 0
 * @param forwardOnError forward the particle even when the ret code is not 0
 */
public record Environment(
    Instruction script,
    String scriptText,
    List<PeerSpec> peers,
    int initPeer,
    ServiceModel services,
    String particleId,
    long timestamp,
    long ttl,
    FaultBudget faults,
    boolean storeDataOnError,
    boolean forwardOnError) {
  public Environment {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(scriptText, "scriptText");
    peers = List.copyOf(peers);
    if (initPeer < 0 || initPeer >= peers.size()) {
      throw new IllegalArgumentException("init peer index out of range: " + initPeer);
    }
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(particleId, "particleId");
    Objects.requireNonNull(faults, "faults");
    Map<String, String> seen = new HashMap<>();
    for (PeerSpec p : peers) {
      if (seen.put(p.peerId(), p.alias()) != null) {
        throw new IllegalArgumentException("two peers share the peer id of " + p.alias());
      }
    }
  }

  /** The run parameters of an invocation on peer {@code index}. */
  public RunParameters runParameters(int index) {
    PeerSpec p = peers.get(index);
    return RunParameters.of(peers.get(initPeer).peerId(), p.peerId(), timestamp, ttl,
        p.secretKey(), particleId);
  }

  /** The index of the peer with id {@code peerId}, if it is one of the environment's peers. */
  public Optional<Integer> indexOf(String peerId) {
    for (int i = 0; i < peers.size(); i++) {
      if (peers.get(i).peerId().equals(peerId)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The same environment with another fault budget. */
  public Environment withFaults(FaultBudget budget) {
    return new Environment(script, scriptText, peers, initPeer, services, particleId, timestamp, ttl,
        budget, storeDataOnError, forwardOnError);
  }
}
