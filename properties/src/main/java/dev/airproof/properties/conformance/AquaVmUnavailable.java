package dev.airproof.properties.conformance;

/**
 * Thrown when the AquaVM oracle cannot be started at all: Node.js is missing or too old, the npm packages are
 * not installed, or the repository's {@code conformance/aquavm} directory cannot be found. The message is one
 * line saying what to install or run; tests that need the oracle fail with it (they never skip).
 */
public final class AquaVmUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its one-line reason. */
  public AquaVmUnavailable(String message) {
    super(message);
  }
}
