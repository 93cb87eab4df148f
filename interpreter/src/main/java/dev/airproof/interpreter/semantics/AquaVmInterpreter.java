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
public final class AquaVmInterpreter implements Interpreter {
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

  @Override
  public Outcome invoke(Instruction script, String scriptText, byte[] prevData, byte[] currentData,
      RunParameters params, Map<Integer, CallServiceResult> callResults) {
    boolean airExceeded = scriptText.getBytes(StandardCharsets.UTF_8).length > params.airSizeLimit();
    boolean particleExceeded = currentData.length > params.particleSizeLimit();
    if (params.hardLimitEnabled() && airExceeded) {
      return failed(10, "air size: " + scriptText.getBytes(StandardCharsets.UTF_8).length
          + " bytes is bigger than the limit allowed: " + params.airSizeLimit() + " bytes", prevData,
          airExceeded, false, false);
    }
    if (params.hardLimitEnabled() && particleExceeded) {
      return failed(10, "Current_data particle size: " + currentData.length
          + " bytes is bigger than the limit allowed: " + params.particleSizeLimit() + " bytes",
          prevData, airExceeded, particleExceeded, false);
    }
    DataReadResult prev = DataJson.read(prevData);
    DataReadResult cur = DataJson.read(currentData);
    Optional<Outcome> bad = check(prev, true, prevData, airExceeded, particleExceeded)
        .or(() -> check(cur, true, prevData, airExceeded, particleExceeded))
        .or(() -> versionCheck(currentData, prevData, airExceeded, particleExceeded))
        .or(() -> check(prev, false, prevData, airExceeded, particleExceeded))
        .or(() -> check(cur, false, prevData, airExceeded, particleExceeded));
    if (bad.isPresent()) {
      return bad.get();
    }
    boolean resultExceeded = callResults.values().stream()
        .anyMatch(r -> r.result().getBytes(StandardCharsets.UTF_8).length > params.callResultSizeLimit());
    if (resultExceeded && params.hardLimitEnabled()) {
      return failed(10, "Call result size is bigger than the limit allowed: "
          + params.callResultSizeLimit() + " bytes", prevData, airExceeded, particleExceeded, true);
    }
    if (params.keyFormat() != 0 || params.secretKey().length != 32) {
      return failed(7, "malformed keypair format: an Ed25519 secret key of 32 bytes is required",
          prevData, airExceeded, particleExceeded, resultExceeded);
    }
    InterpreterData p = ((DataReadResult.Ok) prev).data();
    InterpreterData c = ((DataReadResult.Ok) cur).data();
    TreeMap<String, String> store = new TreeMap<>();
    if (signatures == SignatureMode.ENFORCED) {
      Optional<String> cidError = CidStoreVerifier.verify(c.cidInfo());
      if (cidError.isPresent()) {
        return failed(8, cidError.get(), prevData, airExceeded, particleExceeded, false);
      }
      SignatureVerifier.Result v = SignatureVerifier.verify(p, c, params.particleId());
      if (v instanceof SignatureVerifier.Result.Err err) {
        return failed(9, err.message(), prevData, airExceeded, particleExceeded, false);
      }
      store = ((SignatureVerifier.Result.Ok) v).store();
    }
    Execution.Result r;
    try {
      r = Execution.run(script, p, c, params, callResults, store,
          signatures == SignatureMode.ENFORCED);
    } catch (StackOverflowError e) {
      // AquaVM's wasm traps on stack exhaustion (8 MiB stack); there is no ret code for it.
      return failed(STACK_EXHAUSTED, "airproof: execution exhausted the interpreter stack (AquaVM"
          + " 0.62 traps here, without a ret code)", prevData, airExceeded, particleExceeded,
          resultExceeded);
    }
    if (r.compactionFailed()) {
      return new Outcome(r.error().get().code(), r.error().get().message(), new byte[0], List.of(),
          new TreeMap<>(), airExceeded, particleExceeded, resultExceeded);
    }
    if (r.error().isPresent() && r.error().get() instanceof ExecError.Uncatchable u) {
      return failed(u.code(), u.message(), prevData, airExceeded, particleExceeded, resultExceeded);
    }
    long code = 0;
    String message = "";
    if (r.error().isPresent()) {
      code = r.error().get().code();
      message = r.error().get().message();
    } else if (!r.unusedCallResults().isEmpty()) {
      code = 30000;
      message = "after finishing execution of supplied AIR, there are some unprocessed call results: "
          + r.unusedCallResults();
    }
    return new Outcome(code, message, DataJson.write(r.data()), r.nextPeers(), r.callRequests(),
        airExceeded, particleExceeded, resultExceeded);
  }

  /** Envelope errors (3, 4) when {@code envelope}, else inner data errors (2). */
  private static Optional<Outcome> check(DataReadResult r, boolean envelope, byte[] prevData,
      boolean a, boolean p) {
    return switch (r) {
      case DataReadResult.Ok ok -> Optional.empty();
      case DataReadResult.Failed f -> (f.code() != 2) == envelope
          ? Optional.of(failed(f.code(), f.message(), prevData, a, p, false)) : Optional.empty();
    };
  }

  private static Optional<Outcome> versionCheck(byte[] currentData, byte[] prevData, boolean a,
      boolean p) {
    Optional<String> version = DataJson.interpreterVersion(currentData);
    Optional<Semver> v = version.flatMap(Semver::parse);
    if (v.isPresent() && v.get().compareTo(MIN_VERSION) < 0) {
      return Optional.of(failed(6, "supplied data was produced by `" + version.get()
          + "` version of interpreter, but minimum `0.61.0` version is required", prevData, a, p,
          false));
    }
    return Optional.empty();
  }

  private static Outcome failed(long code, String message, byte[] prevData, boolean a, boolean p,
      boolean r) {
    return new Outcome(code, message, prevData, List.of(), new TreeMap<>(), a, p, r);
  }
}
