package dev.airproof.interpreter.syntax;

/**
 * Immutable; the outcome of parsing and validating an AIR script: either a tree ({@link Parsed}) or
 * every problem found ({@link Rejected}). The parser never throws on any input.
 */
public sealed interface ParseResult permits Parsed, Rejected {}
