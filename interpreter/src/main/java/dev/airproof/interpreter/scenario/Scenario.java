package dev.airproof.interpreter.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Immutable; a validated scenario with defaults applied and {@code {{alias}}} already replaced by
 * peer ids (in {@code air} and in service values).
 *
 * @param name the scenario name
 * @param air the script text
 * @param peers the peer aliases, in scenario order (forwarding tie-break order)
 * @param initPeer the alias of the init peer
 * @param services behaviours: peer alias or {@code "*"} → key ({@code "S/F"}, {@code "S/*"},
 *     {@code "*"}) → behaviour, in file order
 * @param particle the particle parameters used for every invocation
 * @param delivery delivery policy
 * @param maxSteps bound on the number of interpreter invocations
 */
public record Scenario(
    String name,
    String air,
    List<String> peers,
    String initPeer,
    Map<String, Map<String, ServiceBehaviour>> services,
    Particle particle,
    Delivery delivery,
    int maxSteps) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(air, "air");
    peers = List.copyOf(peers);
    Objects.requireNonNull(initPeer, "initPeer");
    Map<String, Map<String, ServiceBehaviour>> copy = new LinkedHashMap<>();
    services.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    services = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(particle, "particle");
    Objects.requireNonNull(delivery, "delivery");
  }

  /** This scenario with particle id {@code id} (the salt of every signature), all else kept. */
  public Scenario withParticleId(String id) {
    return new Scenario(name, air, peers, initPeer, services,
        new Particle(id, particle.timestamp(), particle.ttl()), delivery, maxSteps);
  }

  /** This scenario delivering in the seeded pseudo-random order {@code seed}, all else kept. */
  public Scenario withDeliverySeed(long seed) {
    return new Scenario(name, air, peers, initPeer, services, particle,
        new Delivery(OptionalLong.of(seed), delivery.callResults(), delivery.onError()), maxSteps);
  }

  /**
   * Immutable; particle id, timestamp (ms) and ttl (ms).
   *
   * @param id particle id (also the salt of peer signatures)
   * @param timestamp ms since the epoch
   * @param ttl ms
   */
  public record Particle(String id, long timestamp, long ttl) {
    public Particle {
      Objects.requireNonNull(id, "id");
    }
  }

  /** When call results are delivered. */
  public enum CallResultsPolicy {
    /** One call-results message is queued per invocation (like a node or the JS client). */
    QUEUE,
    /** The same peer is re-invoked at once with the answers (like AquaVM's testing framework). */
    INLINE
  }

  /**
   * Immutable; what happens after an invocation with ret code != 0.
   *
   * @param storeData keep the produced data as the peer's data
   * @param forward send the produced data to the next peers
   */
  public record OnError(boolean storeData, boolean forward) {}

  /**
   * Immutable; delivery policy.
   *
   * @param seed empty: FIFO; else the mulberry32 seed of random selection from the queue
   * @param callResults queue or inline
   * @param onError error policy
   */
  public record Delivery(OptionalLong seed, CallResultsPolicy callResults, OnError onError) {
    public Delivery {
      Objects.requireNonNull(seed, "seed");
      Objects.requireNonNull(callResults, "callResults");
      Objects.requireNonNull(onError, "onError");
    }
  }
}
