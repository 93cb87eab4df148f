package dev.airproof.interpreter.ast;

/** Immutable; what a {@link Call} may write its result to: a scalar or a stream. */
public sealed interface CallOutput extends Name permits ScalarName, StreamName {}
