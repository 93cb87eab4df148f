package dev.airproof.interpreter.data;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Immutable; AquaVM's {@code InterpreterData}: the trace, the last call request id of this peer, the
 * CID stores and the signature store (base58 public key to base58 signature), plus the two version
 * strings of the envelope.
 *
 * <p>Invariant: {@code lastCallRequestId} is a u32.
 */
public record InterpreterData(
    String interpreterVersion,
    String dataVersion,
    List<ExecutedState> trace,
    long lastCallRequestId,
    CidInfo cidInfo,
    SortedMap<String, String> signatures) {

  /** The interpreter version this implementation writes. */
  public static final String INTERPRETER_VERSION = "0.62.0";
  /** The data format version this implementation writes. */
  public static final String DATA_VERSION = "0.17.2";

  public InterpreterData {
    trace = List.copyOf(trace);
    U32.require(lastCallRequestId, "lastCallRequestId");
    java.util.Objects.requireNonNull(cidInfo, "cidInfo");
    signatures = Collections.unmodifiableSortedMap(new TreeMap<>(signatures));
  }

  /** What an empty byte string stands for: empty data of the minimal supported version. */
  public static InterpreterData empty() {
    return new InterpreterData("0.61.0", DATA_VERSION, List.of(), 0, CidInfo.EMPTY, new TreeMap<>());
  }

  /** Data as this interpreter writes it. */
  public static InterpreterData of(
      List<ExecutedState> trace, long lcid, CidInfo cidInfo, Map<String, String> signatures) {
    return new InterpreterData(INTERPRETER_VERSION, DATA_VERSION, trace, lcid, cidInfo,
        new TreeMap<>(signatures));
  }
}
