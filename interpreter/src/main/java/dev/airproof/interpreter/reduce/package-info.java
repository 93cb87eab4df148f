/**
 * Test-case reduction for AIR scripts ({@code airproof reduce}): given a script and a property it
 * still violates, {@link dev.airproof.interpreter.reduce.AirShrinker} removes and simplifies
 * subtrees while the property keeps failing. Mirrors no AquaVM file.
 *
 * <p>Invariants: every intermediate and final script is valid AIR (it is printed and parsed back
 * with {@link dev.airproof.interpreter.syntax.AirParser}); each accepted step strictly decreases
 * the {@link dev.airproof.interpreter.reduce.TreeMeasure}, so reduction terminates; the result
 * depends only on the input tree and the predicate's answers (no randomness, no clocks).
 */
package dev.airproof.interpreter.reduce;
