package dev.airproof.properties.report;

import dev.airproof.properties.catalogue.PropertyResult;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; everything {@code airproof verify} says about one file: what was checked, under which
 * environment, how much was explored and the verdict on each property.
 *
 * @param file the script or scenario checked, as given
 * @param peers the peers' aliases, in column order
 * @param initPeer the init peer's alias
 * @param environment one-line description of the environment (services, faults, bindings)
 * @param states distinct states explored
 * @param transitions transitions taken
 * @param quiescent quiescent states found
 * @param bound why the search stopped early, or empty
 * @param millis time of the whole check
 * @param results one result per property checked
 */
public record VerifyReport(
    String file, List<String> peers, String initPeer, String environment, long states,
    long transitions, long quiescent, String bound, long millis, List<PropertyResult> results) {
  public VerifyReport {
    Objects.requireNonNull(file, "file");
    peers = List.copyOf(peers);
    Objects.requireNonNull(initPeer, "initPeer");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(bound, "bound");
    results = List.copyOf(results);
  }

  /** True iff some property is violated. */
  public boolean anyViolated() {
    return results.stream().anyMatch(r -> r.verdict() == dev.airproof.properties.catalogue.Verdict.VIOLATED);
  }
}
