package dev.airproof.petri.reach;

import java.util.Objects;

/**
 * Immutable; why and where an exploration stopped before covering the whole state space.
 *
 * @param reason e.g. {@code "bound reached after 1000 states"}
 * @param statesStored markings discovered (all are reachable)
 * @param statesExpanded markings whose successors were all recorded
 */
public record Truncation(String reason, long statesStored, long statesExpanded) {
  public Truncation {
    Objects.requireNonNull(reason, "reason");
  }
}
