package dev.airproof.interpreter.data;

/**
 * Immutable; one state of an execution trace, AquaVM's {@code ExecutedState}
 * ({@code interpreter-data/src/executed_state.rs}). JSON shapes are in {@code docs/data-format.md}.
 */
public sealed interface ExecutedState permits ParResult, CallResult, FoldResult, ApResult, CanonResult {}
