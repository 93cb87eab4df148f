package dev.airproof.interpreter.ast;

/** Immutable; what an {@link Ap} may write to: a scalar or a stream. */
public sealed interface ApTarget extends Name permits ScalarName, StreamName {}
