package dev.airproof.interpreter.gen;

/**
 * A switch of {@link AirGen}: which instructions and value forms it may emit. A script generated
 * without a feature contains none of its forms.
 */
public enum Feature {
  /** {@code (call ...)}: the default leaf; without it leaves are {@code (null)}. */
  CALL,
  /** {@code (ap value scalar)} and {@code (ap value $stream)}. */
  AP,
  /** {@code (ap (key value) %map)}. */
  AP_MAP,
  /** {@code (canon peer $stream #$canon)}. */
  CANON,
  /** {@code (canon peer %map #%canon_map)} and {@code (canon peer %map scalar)}. */
  CANON_MAP,
  /** {@code (seq a b)}. */
  SEQ,
  /** {@code (par a b)}. */
  PAR,
  /** {@code (xor a b)}. */
  XOR,
  /** {@code (match l r body)} and {@code (mismatch l r body)}. */
  MATCH,
  /** {@code (fail ...)} in all four forms. */
  FAIL,
  /** {@code (fold iterable i body last?)} over scalars, canons, canon maps and {@code []}. */
  FOLD_SCALAR,
  /** {@code (fold $stream i body last?)}, including Aqua's join pattern. */
  FOLD_STREAM,
  /** {@code (fold %map i body last?)}. */
  FOLD_STREAM_MAP,
  /** {@code (new name body)} for all five kinds of names. */
  NEW,
  /** {@code (never)}. */
  NEVER,
  /** {@code (null)}. */
  NULL,
  /** Lenses: {@code .$.field.[0].[scalar]!} and {@code .length}. */
  LENSES,
  /** {@code %last_error%} and {@code :error:} values. */
  ERROR_VALUES,
  /** {@code %timestamp%} and {@code %ttl%}. */
  PARTICLE_VALUES,
  /** Float literals. */
  FLOATS,
  /** The legacy canon sigil {@code #name} besides {@code #$name}. */
  LEGACY_CANON,
  /** Peers, services and functions given by lenses ({@code x.$.peer}, {@code #$c.$.[0]}). */
  COMPUTED_TRIPLETS,
  /**
   * Uses of a variable defined in the other branch of a {@code par} or in the left branch of an
   * {@code xor}: joins that may block forever.
   */
  CROSS_BRANCH_USES
}
