/**
 * Results of net analyses: {@link dev.airproof.petri.verdict.Verdict} (holds, violated with a
 * witness, or unknown because a bound was reached) and {@link dev.airproof.petri.verdict.Witness}.
 *
 * <p>Invariant: a {@code Holds} answer is only given after an exhaustive search; whenever a state
 * bound stops a search before a violation is found the answer is {@code Unknown}, never a guess.
 * Mirrors no AquaVM file.
 */
package dev.airproof.petri.verdict;
