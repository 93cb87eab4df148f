package dev.airproof.interpreter.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirPrinter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Seeded generator of whole scenarios ({@code conformance/SCENARIO-SPEC.md}) for differential runs
 * against AquaVM: 2 to 6 peers written {@code {{alias}}} in the script, an {@link AirGen} script
 * over them (every instruction, joins across branches, errors), service behaviours of every kind
 * ({@link BehaviourGen}) and a delivery order (FIFO or a mulberry32 seed; queued or inline call
 * results). Pure function of the random state and the configuration.
 */
public final class ScenarioGen {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The peer variable every generated script reads from the init peer's {@code getDataSrv}. */
  static final String RELAY = "relay";

  private ScenarioGen() {}

  /** A kind of service behaviour, counted per generated scenario. */
  public enum BehaviourKind { RETURN, ERROR, RAW, SEQUENCE, ECHO, ARG, NO_RESPONSE }

  /**
   * Immutable; bounds of {@link ScenarioGen}.
   *
   * @param minPeers at least 2 (the init peer and a remote one)
   * @param maxPeers at least {@code minPeers}, at most 6 (the alias pool)
   * @param maxInstructions bound passed to {@link AirGen}
   * @param maxSteps the scenario's step bound
   */
  public record Config(int minPeers, int maxPeers, int maxInstructions, int maxSteps) {
    public Config {
      if (minPeers < 2 || maxPeers < minPeers || maxPeers > ALIASES.size()) {
        throw new IllegalArgumentException("peers must satisfy 2 <= min <= max <= " + ALIASES.size());
      }
      if (maxSteps < 1) {
        throw new IllegalArgumentException("maxSteps must be positive");
      }
    }

    /** 2–6 peers, scripts of up to 30 instructions, 300 steps. */
    public static Config defaults() {
      return new Config(2, 6, 30, 300);
    }
  }

  private static final List<String> ALIASES = List.of("user", "p1", "p2", "p3", "p4", "p5");

  /**
   * Immutable; a generated scenario.
   *
   * @param scenario the scenario JSON
   * @param script the generated script (before {@code {{alias}}} substitution)
   * @param mix the script's instruction and value mix
   * @param behaviours the service behaviour kinds used, with counts
   */
  public record Generated(ObjectNode scenario, Instruction script, FeatureMix mix, Map<BehaviourKind, Integer> behaviours) {
    public Generated {
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(script, "script");
      Objects.requireNonNull(mix, "mix");
      behaviours = Map.copyOf(behaviours);
    }
  }

  /**
   * The {@code index}-th scenario of the run seeded {@code seed}, named {@code gen-SEED-INDEX}: each
   * case has its own random state, so one case replays without the others.
   */
  public static Generated nth(long seed, int index, Config cfg) {
    long mixed = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
    return scenario(new java.util.SplittableRandom(mixed), cfg, "gen-" + seed + "-" + index);
  }

  /** A scenario named {@code name} drawn from {@code rnd} (advancing it). */
  public static Generated scenario(RandomGenerator rnd, Config cfg, String name) {
    int n = cfg.minPeers() + rnd.nextInt(cfg.maxPeers() - cfg.minPeers() + 1);
    List<String> aliases = ALIASES.subList(0, n);
    List<Peer> peers = new ArrayList<>();
    // Remote peers twice (the init peer is also reached as %init_peer_id%): cross-peer traffic and
    // joins on remote values become the common case.
    for (String a : aliases.subList(1, aliases.size())) {
      peers.add(new Peer.Literal("{{" + a + "}}"));
      peers.add(new Peer.Literal("{{" + a + "}}"));
    }
    peers.add(new Peer.Variable(RELAY));
    AirGen.Config air = new AirGen.Config(Math.max(cfg.maxInstructions(), 6), 12, peers, EnumSet.allOf(Feature.class));
    Instruction script = AirGen.script(rnd, air);
    BehaviourGen behaviours = new BehaviourGen(rnd, aliases);
    ObjectNode s = NODES.objectNode();
    s.put("name", name);
    s.put("air", AirPrinter.print(script));
    ArrayNode peerList = s.putArray("peers");
    aliases.forEach(peerList::add);
    s.put("initPeer", aliases.get(0));
    s.set("services", services(rnd, aliases, behaviours));
    s.set("delivery", delivery(rnd));
    s.put("maxSteps", cfg.maxSteps());
    return new Generated(s, script, FeatureMix.of(script), behaviours.counts());
  }

  private static ObjectNode services(RandomGenerator rnd, List<String> aliases, BehaviourGen gen) {
    ObjectNode services = NODES.objectNode();
    ObjectNode all = services.putObject("*");
    for (String service : ValueGen.SERVICES) {
      if (rnd.nextInt(4) != 0) {
        all.set(service + "/*", gen.behaviour(2));
      }
      for (String function : ValueGen.FUNCTIONS) {
        if (rnd.nextInt(8) == 0) {
          all.set(service + "/" + function, gen.behaviour(2));
        }
      }
    }
    all.set("*", gen.behaviour(1));
    ObjectNode init = services.putObject(aliases.get(0));
    ObjectNode relay = NODES.objectNode();
    relay.put("return", gen.peer());
    init.set("getDataSrv/" + RELAY, relay);
    int special = rnd.nextInt(3);
    for (int i = 0; i < special; i++) {
      String alias = gen.pick(aliases);
      ObjectNode table = services.has(alias) ? (ObjectNode) services.get(alias) : services.putObject(alias);
      table.set(gen.pick(ValueGen.SERVICES) + "/*", gen.behaviour(1));
    }
    return services;
  }

  private static ObjectNode delivery(RandomGenerator rnd) {
    ObjectNode d = NODES.objectNode();
    if (rnd.nextInt(5) < 2) {
      d.putNull("seed");
    } else {
      d.put("seed", rnd.nextInt(1_000_000));
    }
    d.put("callResults", rnd.nextInt(7) == 0 ? "inline" : "queue");
    return d;
  }
}
