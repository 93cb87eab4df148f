package dev.airproof.interpreter.semantics;

import java.util.Objects;

/**
 * Immutable; a host's answer to one call request, AquaVM's {@code CallServiceResult}.
 *
 * @param retCode 0 for success, anything else for a service error
 * @param result the JSON text of the answer (on success, the value; on error, usually a message);
 *     text that is not valid JSON makes the call fail with ret code 2147483647
 */
public record CallServiceResult(int retCode, String result) {
  public CallServiceResult {
    Objects.requireNonNull(result, "result");
  }
}
