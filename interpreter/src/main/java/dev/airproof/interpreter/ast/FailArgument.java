package dev.airproof.interpreter.ast;

/** Immutable; the argument of a {@link Fail}, one record per form AquaVM accepts. */
public sealed interface FailArgument extends Node
    permits FailLiteral, FailValue, FailLastError, FailError {}
