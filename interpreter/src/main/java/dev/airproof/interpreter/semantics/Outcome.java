package dev.airproof.interpreter.semantics;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

/**
 * Immutable; the result of one invocation, AquaVM's {@code InterpreterOutcome}.
 *
 * <p>Invariant: when {@code retCode} is a preparation (1..10) or uncatchable (20000..) error,
 * {@code data} equals the prev data given, {@code nextPeers} and {@code callRequests} are empty.
 *
 * @param retCode 0 on success, else an AquaVM error code
 * @param errorMessage empty on success
 * @param data the new interpreter data (the JSON form of {@code docs/data-format.md}, UTF-8)
 * @param nextPeers peers to send the particle to, de-duplicated, in order of first appearance
 * @param callRequests call requests keyed by call id
 * @param airSizeLimitExceeded soft-limit flag
 * @param particleSizeLimitExceeded soft-limit flag
 * @param callResultSizeLimitExceeded soft-limit flag
 */
public record Outcome(
    long retCode,
    String errorMessage,
    byte[] data,
    List<String> nextPeers,
    SortedMap<Integer, CallRequest> callRequests,
    boolean airSizeLimitExceeded,
    boolean particleSizeLimitExceeded,
    boolean callResultSizeLimitExceeded) {
  public Outcome {
    Objects.requireNonNull(errorMessage, "errorMessage");
    data = data.clone();
    nextPeers = List.copyOf(nextPeers);
    callRequests = Collections.unmodifiableSortedMap(new TreeMap<>(callRequests));
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outcome x && retCode == x.retCode && errorMessage.equals(x.errorMessage)
        && java.util.Arrays.equals(data, x.data) && nextPeers.equals(x.nextPeers)
        && callRequests.equals(x.callRequests)
        && airSizeLimitExceeded == x.airSizeLimitExceeded
        && particleSizeLimitExceeded == x.particleSizeLimitExceeded
        && callResultSizeLimitExceeded == x.callResultSizeLimitExceeded;
  }

  @Override
  public int hashCode() {
    return Objects.hash(retCode, errorMessage, java.util.Arrays.hashCode(data), nextPeers, callRequests);
  }
}
