/**
 * Seeded generation of valid AIR scripts, for property tests, conformance runs against AquaVM and
 * benchmarks. Start reading at {@link dev.airproof.interpreter.gen.AirGen}.
 *
 * <p>Invariants: generation is a pure function of the random generator's state and the
 * {@link dev.airproof.interpreter.gen.AirGen.Config}; every script produced passes AquaVM 0.62's
 * parser and validator ({@code crates/air-lib/air-parser/src/parser/validator.rs}): variables are
 * defined strictly before use in text order, iterators are unique and used only inside their fold,
 * every fold has at most one {@code next}, nothing follows {@code next} in stream and stream-map
 * folds, {@code new} never names an iterator, {@code (fail 0 ...)} never appears, streams are never
 * values, and tagged names have at least two characters (AquaVM 0.62 rejects {@code $s.x} and
 * {@code #s.length}). {@link dev.airproof.interpreter.gen.FeatureMix} counts the instruction and
 * value kinds of a script so that tests can check the generator's coverage.
 *
 * <p>{@link dev.airproof.interpreter.gen.ScenarioGen} wraps {@link dev.airproof.interpreter.gen.AirGen} into whole
 * scenarios ({@code conformance/SCENARIO-SPEC.md}: peers written {@code {{alias}}}, service behaviours from
 * {@code BehaviourGen}, delivery order) for differential runs against AquaVM ({@code docs/conformance.md}); the
 * {@code index}-th scenario of a seed depends on nothing else.
 */
package dev.airproof.interpreter.gen;
