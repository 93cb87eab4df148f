package dev.airproof.interpreter.semantics.trace;

/** Immutable; an ap state met in the input traces: the recorded generation and its source. */
public record MetAp(long generation, ValueSource source) {}
