package dev.airproof.properties.explorer;

import java.util.Comparator;
import java.util.Objects;

/**
 * Immutable; a particle in flight: data sent by one peer (or by nobody, for the initial particle) to
 * another.
 *
 * @param to index of the receiving peer
 * @param from index of the sending peer, or -1 for the initial particle
 * @param data the carried data
 */
public record Particle(int to, int from, DataRef data) implements Comparable<Particle> {
  private static final Comparator<Particle> ORDER = Comparator.comparingInt(Particle::to)
      .thenComparingInt(Particle::from).thenComparing(Particle::data);

  public Particle {
    Objects.requireNonNull(data, "data");
  }

  @Override
  public int compareTo(Particle o) {
    return ORDER.compare(this, o);
  }
}
