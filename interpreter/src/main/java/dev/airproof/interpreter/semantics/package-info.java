/**
 * The reference interpreter: AquaVM 0.62's {@code execute_air} as a pure function ({@link dev.airproof.interpreter.semantics.Interpreter}). Mirrors {@code air/src/execution_step}.
 */
package dev.airproof.interpreter.semantics;
