/**
 * The trace handler: two {@link dev.airproof.interpreter.semantics.trace.TraceSlider}s over the prev
 * and current traces, the per-instruction merge tables, the Par and Fold state machines and the
 * result trace. Mirrors AquaVM's {@code crates/air-lib/trace-handler} (data_keeper, merger,
 * state_automata); the order of {@code meet*} calls is the protocol of its README.
 *
 * <p>Errors are values ({@link dev.airproof.interpreter.semantics.trace.TraceError}); every one of
 * them becomes the uncatchable execution error 20000.
 */
package dev.airproof.interpreter.semantics.trace;
