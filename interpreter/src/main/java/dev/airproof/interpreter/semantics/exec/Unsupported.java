package dev.airproof.interpreter.semantics.exec;

/**
 * The explicit error value for AIR features this interpreter does not implement yet (stream maps and
 * canon stream maps). Code 29999 is not an AquaVM code: it marks "unimplemented in airproof".
 */
final class Unsupported {
  static final long CODE = 29999;

  private Unsupported() {}

  static ExecError streamMaps() {
    return new ExecError.Uncatchable(CODE,
        "airproof: stream maps and canon stream maps are not implemented by this interpreter");
  }
}
