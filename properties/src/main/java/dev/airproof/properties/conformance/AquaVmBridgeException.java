package dev.airproof.properties.conformance;

/**
 * A failure while talking to a started AquaVM oracle: the driver rejected a scenario (its message is the
 * driver's one-line error), the Node process died, or it answered something that is not the protocol. Subclass
 * {@link AquaVmTimeout} marks a request that exceeded its time limit.
 */
public class AquaVmBridgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public AquaVmBridgeException(String message) {
    super(message);
  }

  /** Creates the exception with a message and a cause. */
  public AquaVmBridgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
