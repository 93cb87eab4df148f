package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Instruction;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Seeded generator of valid AIR scripts. Start reading here.
 *
 * <p>{@link #script} draws a random syntax tree of at most {@link Config#maxInstructions()}
 * instructions and nesting depth at most {@link Config#maxDepth()}, using only the enabled
 * {@link Feature}s and calling only the configured {@link Peer}s (plus {@code %init_peer_id%}). The
 * result is accepted by AquaVM 0.62's parser and validator (see the package documentation for the
 * rules kept); it need not run to completion: joins may wait, calls may fail, as in real scripts.
 * The same random state and configuration always give the same tree.
 */
public final class AirGen {
  private AirGen() {}

  /** A random valid script drawn from {@code rnd} (advancing it) under {@code cfg}. */
  public static Instruction script(RandomGenerator rnd, Config cfg) {
    return new GenRun(rnd, cfg).script();
  }

  /**
   * Immutable; bounds and switches of {@link AirGen}.
   *
   * <p>Invariant: {@code maxDepth} in {@code [4, 1000]} (AquaVM scripts nest at most 1000 deep);
   * {@code maxInstructions >= 4 + 2 * (number of variable peers)}; {@code peers} is non-empty.
   *
   * @param maxInstructions upper bound on the number of instructions (nodes) of a script; the
   *     generator aims at a size between half of it and all of it
   * @param maxDepth upper bound on the nesting depth (the root is at depth 1)
   * @param peers the peers calls and canons may address, besides {@code %init_peer_id%}
   * @param features what the generator may emit
   */
  public record Config(int maxInstructions, int maxDepth, List<Peer> peers, Set<Feature> features) {
    public Config {
      peers = List.copyOf(peers);
      features = Set.copyOf(features);
      if (peers.isEmpty()) {
        throw new IllegalArgumentException("at least one peer is needed");
      }
      if (maxDepth < 4 || maxDepth > 1000) {
        throw new IllegalArgumentException("maxDepth must be in [4, 1000]: " + maxDepth);
      }
      long variables = peers.stream().filter(p -> p instanceof Peer.Variable).count();
      if (maxInstructions < 4 + 2 * variables) {
        throw new IllegalArgumentException(
            "maxInstructions must be at least 4 + 2 per variable peer: " + maxInstructions);
      }
    }

    /**
     * Scripts of up to 40 instructions, 12 deep, every feature, peers {@code "peer_a"},
     * {@code "peer_b"} and the variable {@code relay}.
     */
    public static Config defaults() {
      return new Config(40, 12,
          List.of(new Peer.Literal("peer_a"), new Peer.Literal("peer_b"),
              new Peer.Variable("relay")),
          EnumSet.allOf(Feature.class));
    }

    public Config withMaxInstructions(int value) {
      return new Config(value, maxDepth, peers, features);
    }

    public Config withMaxDepth(int value) {
      return new Config(maxInstructions, value, peers, features);
    }

    public Config withPeers(List<Peer> value) {
      return new Config(maxInstructions, maxDepth, value, features);
    }

    public Config withFeatures(Set<Feature> value) {
      return new Config(maxInstructions, maxDepth, peers, value);
    }

    /** This configuration with {@code removed} switched off. */
    public Config without(Feature... removed) {
      EnumSet<Feature> left = features.isEmpty()
          ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
      for (Feature f : removed) {
        left.remove(Objects.requireNonNull(f, "feature"));
      }
      return withFeatures(left);
    }

    boolean has(Feature feature) {
      return features.contains(feature);
    }
  }
}
