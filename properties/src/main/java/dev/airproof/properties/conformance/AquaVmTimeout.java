package dev.airproof.properties.conformance;

/**
 * A request to the AquaVM oracle did not finish within the bridge's per-request time limit. The bridge has
 * already killed the Node process when this is thrown; its next request starts a fresh one.
 */
public final class AquaVmTimeout extends AquaVmBridgeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public AquaVmTimeout(String message) {
    super(message);
  }
}
