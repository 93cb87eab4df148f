package dev.airproof.interpreter.ast;

/** Immutable; one step of a {@link ValuePath}. */
public sealed interface Accessor extends Node permits FieldAccessor, IndexAccessor, ScalarAccessor {}
