/**
 * Translation of AIR scripts to place/transition nets ({@code docs/petri-semantics.md}). Start at
 * {@link dev.airproof.translator.petri.AirToNet}: it returns a {@link
 * dev.airproof.translator.petri.Translation} (the net and, for every place and transition, the AIR
 * instruction, span, peer and role it stands for) or an
 * {@link dev.airproof.translator.petri.TranslationResult.Unsupported} value naming the construct.
 *
 * <p>Invariants of every produced net: ids are XML NCNames ({@code p<n>}, {@code t<n>}); the control
 * part is safe (at most one token per control place) and acyclic, so the net terminates; data places
 * count definitions and are read through self-loops; folds are unrolled to {@link
 * dev.airproof.translator.petri.NetOptions#foldBound()} iterations. The semantics mirrored are
 * AquaVM 0.62's {@code execution_step/instructions/*.rs} (completeness, joins, catchable errors).
 */
package dev.airproof.translator.petri;
