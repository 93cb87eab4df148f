package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import java.util.Optional;

/**
 * Mutable; {@code %last_error%} and {@code :error:} with their locks
 * ({@code instruction_error/last_error_descriptor.rs}, {@code error_descriptor.rs}).
 */
final class ErrorState {
  private InstructionError lastError = InstructionError.none();
  private boolean lastErrorSettable = true;
  private InstructionError error = InstructionError.none();
  private boolean errorSettable = true;

  InstructionError lastError() {
    return lastError;
  }

  InstructionError error() {
    return error;
  }

  /** Records a catchable error raised by an instruction (AquaVM's {@code set_errors}). */
  void setErrors(ExecError.Catchable e, String instruction, Optional<SecurityTetraplet> tetraplet,
      boolean withPeerId, String currentPeer) {
    String lastPeer = tetraplet.isPresent() && withPeerId ? tetraplet.get().peerPk() : currentPeer;
    if (lastErrorSettable && !e.matchKind()) {
      lastError = new InstructionError(
          InstructionError.object(e.code(), e.message(), instruction, Optional.of(lastPeer)),
          tetraplet, Provenance.LITERAL, Optional.empty());
      lastErrorSettable = false;
    }
    if (errorSettable) {
      Optional<String> peer = withPeerId ? Optional.of(lastPeer) : Optional.empty();
      error = new InstructionError(InstructionError.object(e.code(), e.message(), instruction, peer),
          tetraplet, Provenance.LITERAL, Optional.empty());
    }
    errorSettable = false;
  }

  /** {@code fail} sets {@code %last_error%} to the thrown object unconditionally. */
  void setLastErrorObject(JsonNode obj, Optional<SecurityTetraplet> t, Provenance p) {
    lastError = new InstructionError(obj, t, p, Optional.empty());
    lastErrorSettable = false;
  }

  void xorRightBranch(ExecError.Catchable original) {
    lastErrorSettable = true;
    error = error.withOriginal(Optional.of(original));
    errorSettable = true;
  }

  void xorRightBranchEnd(boolean ok) {
    if (errorSettable) {
      error = InstructionError.none();
    }
    if (ok) {
      errorSettable = true;
    }
  }

  void parSucceeded() {
    lastErrorSettable = true;
  }

  void disableErrorSetting() {
    errorSettable = false;
  }
}
