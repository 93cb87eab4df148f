/**
 * The AIR front end of AquaVM 0.62: lexer, parser, validator, diagnostics and their rendering, the
 * syntax tree as JSON (and the canonical formatter). Mirrors AquaVM's
 * {@code crates/air-lib/air-parser} ({@code parser/air.lalrpop}, {@code parser/lexer/*.rs},
 * {@code parser/validator.rs}, {@code parser/errors.rs}) and the lambda parser
 * {@code crates/air-lib/lambda/parser} at tag {@code air-v0.62.0}.
 *
 * <p>Start reading at {@link dev.airproof.interpreter.syntax.AirParser}. Pipeline:
 * {@code Lexer} (one token at a time over a char array; words classified by
 * {@code WordClassifier}, {@code VariableScanner}, {@code NumberReader}, lenses by
 * {@code LensParser}) → {@code Parser} (recursive descent over an explicit {@code Frame} stack,
 * LALRPOP-style error recovery, AquaVM's expected-token lists) → {@code Validator} (fed in LR
 * reduction order, with {@code AfterNextMachine}) → {@link dev.airproof.interpreter.syntax.Parsed}
 * or {@link dev.airproof.interpreter.syntax.Rejected}.
 *
 * <p>Invariants: parsing never throws and never recurses per nesting level; every
 * {@link dev.airproof.interpreter.syntax.Diagnostic} span lies inside the input; diagnostics of a
 * rejection are ordered by position; lexer errors, tokens outside the grammar and too deep nesting
 * are reported alone (as AquaVM reports a fatal parse error alone), other syntax errors together
 * with the validator's findings.
 */
package dev.airproof.interpreter.syntax;
