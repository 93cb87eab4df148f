package dev.airproof.translator.petri;

/**
 * Immutable; the knobs of the AIR-to-net translation.
 *
 * @param foldBound iterations each fold is unrolled to (arrays and streams of at most this many
 *     elements are modelled exactly; longer ones are cut and the translation says so), ≥ 1
 * @param callsMayFail true iff every call has a failure outcome (the environment may answer with a
 *     non-zero ret code); false models services that always succeed
 * @param maxNodes places plus transitions at most; a larger net is refused as unsupported
 */
public record NetOptions(int foldBound, boolean callsMayFail, int maxNodes) {
  public NetOptions {
    if (foldBound < 1 || foldBound > 16) {
      throw new IllegalArgumentException("foldBound must be in [1, 16]: " + foldBound);
    }
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes must be positive");
    }
  }

  /** Folds unrolled to 2 iterations, calls may fail, at most 50,000 nodes. */
  public static NetOptions defaults() {
    return new NetOptions(2, true, 50_000);
  }

  /** The same options with {@code callsMayFail} set. */
  public NetOptions withCallsMayFail(boolean value) {
    return new NetOptions(foldBound, value, maxNodes);
  }

  /** The same options with another fold bound. */
  public NetOptions withFoldBound(int value) {
    return new NetOptions(value, callsMayFail, maxNodes);
  }
}
