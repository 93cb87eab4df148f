package dev.airproof.properties.backend;

import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.Progress;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable; what to verify: the environment (script, peers, services, faults), the properties, the
 * bounds, the peer on which completion is required, and where progress goes.
 *
 * @param environment the script and its environment
 * @param properties the properties asked for
 * @param bounds state, depth and time bounds
 * @param completeOn index of the peer on which completion is required
 * @param progress progress receiver (terminal or none)
 * @param reduce whether the explorer may use its partial-order reduction
 */
public record VerificationTask(
    Environment environment, Set<PropertyId> properties, Bounds bounds, int completeOn,
    Progress progress, boolean reduce) {
  public VerificationTask {
    Objects.requireNonNull(environment, "environment");
    properties = Set.copyOf(properties);
    Objects.requireNonNull(bounds, "bounds");
    Objects.requireNonNull(progress, "progress");
  }

  /** A task in which the explorer may use its partial-order reduction. */
  public VerificationTask(Environment environment, Set<PropertyId> properties, Bounds bounds,
      int completeOn, Progress progress) {
    this(environment, properties, bounds, completeOn, progress, true);
  }
}
