/**
 * Compact mutable storage shared by the state-space builders: equal-width int vectors stored back
 * to back with an open-addressing hash index ({@link dev.airproof.petri.store.StateStore}) and
 * growable int arrays ({@link dev.airproof.petri.store.IntList}).
 *
 * <p>Invariant: vectors are numbered densely in insertion order and never removed. Used only while
 * building; finished graphs expose read-only accessors. Mirrors no AquaVM file.
 */
package dev.airproof.petri.store;
