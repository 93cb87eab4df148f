package dev.airproof.interpreter.ast;

/**
 * Immutable; the part of a value token from its first dot: a value path ({@code .$.a.[0]}) or the
 * {@code .length} functor. AquaVM calls it a lambda.
 */
public sealed interface Lens extends Node permits ValuePath, LengthFunctor {}
