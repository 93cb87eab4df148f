package dev.airproof.interpreter.semantics.trace;

import java.util.Objects;

/**
 * Immutable; a trace-handler error (merge, slider, FSM), with the message AquaVM's
 * {@code TraceHandlerError} displays.
 */
public record TraceError(String message) {
  public TraceError {
    Objects.requireNonNull(message, "message");
  }
}
