package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.data.DataJson;
import dev.airproof.interpreter.data.DataReadResult;
import dev.airproof.interpreter.data.InterpreterData;
import dev.airproof.interpreter.data.Semver;
import dev.airproof.interpreter.semantics.exec.ExecError;
import dev.airproof.interpreter.semantics.exec.Execution;
import dev.airproof.interpreter.semantics.verify.CidStoreVerifier;
import dev.airproof.interpreter.semantics.verify.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference interpreter: AquaVM 0.62's {@code execute_air} pipeline ({@code air/src/runner.rs}):
 * size checks, data reading and the version check, preparation, execution, compaction and the
 * farewell (unprocessed call results: 30000). Preparation and uncatchable errors return the prev data
 * unchanged with no effects.
 *
 * <p>Immutable and pure. Signatures follow the {@link SignatureMode} (default: enforced, as the
 * shipped wasm).
 */
public final class AquaVmInterpreter implements InsightfulInterpreter {
  private static final Semver MIN_VERSION = new Semver(0, 61, 0, "");
  /** Not an AquaVM code: the run exhausted the stack, where the wasm would trap. */
  public static final long STACK_EXHAUSTED = 29998;
  private final SignatureMode signatures;

  /** The shipped wasm's behaviour: signatures generated and checked. */
  public AquaVmInterpreter() {
    this(SignatureMode.ENFORCED);
  }

  /** An interpreter with the given signature mode. */
  public AquaVmInterpreter(SignatureMode signatures) {
    this.signatures = java.util.Objects.requireNonNull(signatures, "signatures");
  }

  /** What an invocation that did not execute the script reveals: nothing is complete. */
  private static final Insight NOTHING = new Insight(false, List.of(), new TreeMap<>());

  private static Observed without(Outcome o) {
    return new Observed(o, NOTHING);
  }

  @Override
  public Outcome invoke(Instruction script, String scriptText, byte[] prevData, byte[] currentData,
      RunParameters params, Map<Integer, CallServiceResult> callResults) {
    return invokeObserved(script, scriptText, prevData, currentData, params, callResults).outcome();
  }

  @Override
  public Observed invokeObserved(Instruction script, String scriptText, byte[] prevData,
      byte[] currentData, RunParameters params, Map<Integer, CallServiceResult> callResults) {
    long airSize = scriptText.getBytes(StandardCharsets.UTF_8).length;
    Limits limits = new Limits(prevData, airSize > params.airSizeLimit(),
        currentData.length > params.particleSizeLimit(), callResults.values().stream()
            .anyMatch(r -> r.result().getBytes(StandardCharsets.UTF_8).length
                > params.callResultSizeLimit()));
    if (params.hardLimitEnabled() && limits.air) {
      return without(limits.failed(10, "air size: " + airSize + " bytes is bigger than the limit allowed: "
          + params.airSizeLimit() + " bytes"));
    }
    if (params.hardLimitEnabled() && limits.particle) {
      return without(limits.failed(10, "Current_data particle size: " + currentData.length
          + " bytes is bigger than the limit allowed: " + params.particleSizeLimit() + " bytes"));
    }
    DataReadResult prev = DataJson.read(prevData);
    // Equal bytes read once (a replay of unchanged data: the comparison stops at the first
    // difference, and reading is pure).
    DataReadResult cur = java.util.Arrays.equals(prevData, currentData) ? prev
        : DataJson.read(currentData);
    Optional<Outcome> bad = check(prev, true, limits).or(() -> check(cur, true, limits))
        .or(() -> versionCheck(cur, currentData, limits)).or(() -> check(prev, false, limits))
        .or(() -> check(cur, false, limits));
    if (bad.isPresent()) {
      return without(bad.get());
    }
    return prepared(script, ((DataReadResult.Ok) prev).data(), ((DataReadResult.Ok) cur).data(),
        params, callResults, limits);
  }

  /** Verification, the call-result and key checks, then execution. */
  private Observed prepared(Instruction script, InterpreterData p, InterpreterData c,
      RunParameters params, Map<Integer, CallServiceResult> callResults, Limits limits) {
    TreeMap<String, String> store = new TreeMap<>();
    if (signatures == SignatureMode.ENFORCED) {
      Optional<String> cidError = CidStoreVerifier.verify(c.cidInfo());
      if (cidError.isPresent()) {
        return without(limits.failed(8, cidError.get()));
      }
      SignatureVerifier.Result v = SignatureVerifier.verify(p, c, params.particleId());
      if (v instanceof SignatureVerifier.Result.Err err) {
        return without(limits.failed(9, err.message()));
      }
      store = ((SignatureVerifier.Result.Ok) v).store();
    }
    if (limits.callResult && params.hardLimitEnabled()) {
      return without(limits.failed(10, "Call result size is bigger than the limit allowed: "
          + params.callResultSizeLimit() + " bytes"));
    }
    if (params.keyFormat() != 0 || params.secretKey().length != 32) {
      return without(limits.failed(7,
          "malformed keypair format: an Ed25519 secret key of 32 bytes is required"));
    }
    try {
      return farewell(Execution.run(script, p, c, params, callResults, store,
          signatures == SignatureMode.ENFORCED), limits);
    } catch (StackOverflowError e) {
      // AquaVM's wasm traps on stack exhaustion (8 MiB stack); there is no ret code for it.
      return without(limits.failed(STACK_EXHAUSTED, "airproof: execution exhausted the interpreter stack"
          + " (AquaVM 0.62 traps here, without a ret code)"));
    }
  }

  /** The farewell step: error classes, unprocessed call results, the new data. */
  private static Observed farewell(Execution.Result r, Limits limits) {
    if (r.compactionFailed()) {
      return without(new Outcome(r.error().orElseThrow().code(), r.error().orElseThrow().message(),
          new byte[0], List.of(), new TreeMap<>(), limits.air, limits.particle, limits.callResult));
    }
    if (r.error().isPresent() && r.error().get() instanceof ExecError.Uncatchable u) {
      return without(limits.failed(u.code(), u.message()));
    }
    long code = 0;
    String message = "";
    if (r.error().isPresent()) {
      code = r.error().get().code();
      message = r.error().get().message();
    } else if (!r.unusedCallResults().isEmpty()) {
      code = 30000;
      message = "after finishing execution of supplied AIR, there are some unprocessed call results: `"
          + unprocessed(r.unusedCallResults()) + "`, probably a wrong call_id used";
    }
    return new Observed(Outcome.adopting(code, message, DataJson.write(r.data()), r.nextPeers(),
        r.callRequests(), limits.air, limits.particle, limits.callResult), r.insight());
  }

  /**
   * Immutable; the prev data and the soft-limit flags, for the outcomes that return the prev data.
   */
  private record Limits(byte[] prevData, boolean air, boolean particle, boolean callResult) {
    Outcome failed(long code, String message) {
      return new Outcome(code, message, prevData, List.of(), new TreeMap<>(), air, particle,
          callResult);
    }
  }

  /**
   * Rust {@code Debug} of the unprocessed call results map (AquaVM iterates a hash map, so with
   * several entries its order is arbitrary; here ids ascend).
   */
  private static String unprocessed(Map<Long, CallServiceResult> results) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<Long, CallServiceResult> e : results.entrySet()) {
      sb.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": CallServiceResult {"
          + " ret_code: ").append(e.getValue().retCode()).append(", result: ")
          .append(rustDebug(e.getValue().result())).append(" }");
      first = false;
    }
    return sb.append('}').toString();
  }

  /** Rust {@code Debug} of a string. */
  static String rustDebug(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append("\\u{").append(Integer.toHexString(c)).append('}');
          } else {
            sb.appendCodePoint(c);
          }
        }
      }
    });
    return sb.append('"').toString();
  }

  /** Envelope errors (3, 4) when {@code envelope}, else inner data errors (2). */
  private static Optional<Outcome> check(DataReadResult r, boolean envelope, Limits limits) {
    return switch (r) {
      case DataReadResult.Ok ok -> Optional.empty();
      case DataReadResult.Failed f -> (f.code() != 2) == envelope
          ? Optional.of(limits.failed(f.code(), f.message())) : Optional.empty();
    };
  }

  private static Optional<Outcome> versionCheck(DataReadResult cur, byte[] currentData,
      Limits limits) {
    Optional<String> version = cur instanceof DataReadResult.Ok ok && currentData.length > 0
        ? Optional.of(ok.data().interpreterVersion()) : DataJson.interpreterVersion(currentData);
    Optional<Semver> v = version.flatMap(Semver::parse);
    if (v.isPresent() && v.get().compareTo(MIN_VERSION) < 0) {
      return Optional.of(limits.failed(6, "supplied data was produced by `" + version.get()
          + "` version of interpreter, but minimum `0.61.0` version is required"));
    }
    return Optional.empty();
  }

}
