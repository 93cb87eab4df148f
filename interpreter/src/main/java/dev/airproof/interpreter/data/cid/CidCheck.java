package dev.airproof.interpreter.data.cid;

/**
 * Immutable; the outcome of checking a CID against the bytes it should name (AquaVM's
 * {@code CidVerificationError} plus success).
 */
public sealed interface CidCheck {
  /** The CID names exactly these bytes. */
  record Match() implements CidCheck {}

  /** Well-formed, supported, but the digest differs (also for truncated digests). */
  record Mismatch() implements CidCheck {}

  /** Well-formed but the content codec is not json (0x0200). */
  record UnsupportedCodec(long codec) implements CidCheck {}

  /** Well-formed json CID whose hash function is neither sha2-256 nor blake3-256. */
  record UnsupportedHash(long code) implements CidCheck {}

  /** Not a parseable CID. */
  record Malformed(String reason) implements CidCheck {}

  /** True only for {@link Match}. */
  default boolean ok() {
    return this instanceof Match;
  }
}
