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
 * <p>A value class with record-style accessors and content equality (over the data bytes too).
 * The data bytes are never shared with a caller: the public constructor copies them in and
 * {@link #data()} copies them out; the interpreter hands over a fresh array it never touches
 * again ({@link #adopting}), so producing an outcome costs no copy of a large document.
 */
public final class Outcome {
  private final long retCode;
  private final String errorMessage;
  private final byte[] data;
  private final List<String> nextPeers;
  private final SortedMap<Integer, CallRequest> callRequests;
  private final boolean airSizeLimitExceeded;
  private final boolean particleSizeLimitExceeded;
  private final boolean callResultSizeLimitExceeded;

  /**
   * An outcome; {@code data} is copied.
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
  public Outcome(long retCode, String errorMessage, byte[] data, List<String> nextPeers,
      SortedMap<Integer, CallRequest> callRequests, boolean airSizeLimitExceeded,
      boolean particleSizeLimitExceeded, boolean callResultSizeLimitExceeded) {
    this(data.clone(), retCode, errorMessage, nextPeers, callRequests, airSizeLimitExceeded,
        particleSizeLimitExceeded, callResultSizeLimitExceeded);
  }

  /** The constructor proper: {@code ownedData} is kept as it is. */
  private Outcome(byte[] ownedData, long retCode, String errorMessage, List<String> nextPeers,
      SortedMap<Integer, CallRequest> callRequests, boolean airSizeLimitExceeded,
      boolean particleSizeLimitExceeded, boolean callResultSizeLimitExceeded) {
    this.retCode = retCode;
    this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
    this.data = Objects.requireNonNull(ownedData, "data");
    this.nextPeers = List.copyOf(nextPeers);
    this.callRequests = Collections.unmodifiableSortedMap(new TreeMap<>(callRequests));
    this.airSizeLimitExceeded = airSizeLimitExceeded;
    this.particleSizeLimitExceeded = particleSizeLimitExceeded;
    this.callResultSizeLimitExceeded = callResultSizeLimitExceeded;
  }

  /**
   * An outcome that takes {@code freshData} as it is: the caller must have made the array for this
   * outcome alone and must never read or write it again.
   */
  static Outcome adopting(long retCode, String errorMessage, byte[] freshData,
      List<String> nextPeers, SortedMap<Integer, CallRequest> callRequests,
      boolean airSizeLimitExceeded, boolean particleSizeLimitExceeded,
      boolean callResultSizeLimitExceeded) {
    return new Outcome(freshData, retCode, errorMessage, nextPeers, callRequests,
        airSizeLimitExceeded, particleSizeLimitExceeded, callResultSizeLimitExceeded);
  }

  /** 0 on success, else an AquaVM error code. */
  public long retCode() {
    return retCode;
  }

  /** Empty on success. */
  public String errorMessage() {
    return errorMessage;
  }

  /** A copy of the new interpreter data (UTF-8 JSON of {@code docs/data-format.md}). */
  public byte[] data() {
    return data.clone();
  }

  /** Peers to send the particle to, de-duplicated, in order of first appearance. */
  public List<String> nextPeers() {
    return nextPeers;
  }

  /** Call requests keyed by call id (unmodifiable). */
  public SortedMap<Integer, CallRequest> callRequests() {
    return callRequests;
  }

  /** Soft-limit flag: the script is larger than the AIR size limit. */
  public boolean airSizeLimitExceeded() {
    return airSizeLimitExceeded;
  }

  /** Soft-limit flag: the current data is larger than the particle size limit. */
  public boolean particleSizeLimitExceeded() {
    return particleSizeLimitExceeded;
  }

  /** Soft-limit flag: the call results are larger than their size limit. */
  public boolean callResultSizeLimitExceeded() {
    return callResultSizeLimitExceeded;
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

  @Override
  public String toString() {
    return "Outcome[retCode=" + retCode + ", errorMessage=" + errorMessage + ", data=" + data.length
        + " bytes, nextPeers=" + nextPeers + ", callRequests=" + callRequests
        + ", airSizeLimitExceeded=" + airSizeLimitExceeded + ", particleSizeLimitExceeded="
        + particleSizeLimitExceeded + ", callResultSizeLimitExceeded=" + callResultSizeLimitExceeded
        + "]";
  }
}
