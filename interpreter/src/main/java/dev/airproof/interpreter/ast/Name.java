package dev.airproof.interpreter.ast;

/**
 * Immutable; a variable name as it is defined or consumed by an instruction (not read as a value):
 * call outputs, {@code ap}/{@code canon} destinations, {@code new} arguments, fold iterables and
 * iterators.
 *
 * <p>Invariant: {@link #name()} is non-empty and made of Unicode letters, digits, {@code _} and
 * {@code -}; it carries no sigil.
 */
public sealed interface Name extends Node
    permits CallOutput, ApTarget, StreamMapName, CanonStreamName, CanonStreamMapName {
  /** The name without its sigil. */
  String name();

  /** The name as written in AIR, with its sigil ({@code x}, {@code $s}, {@code %m}, {@code #$c}, {@code #%c}). */
  String text();
}
