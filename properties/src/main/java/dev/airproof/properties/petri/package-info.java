/**
 * The Petri-net back end: decides termination, completion and no-stuck-join on the net of the
 * script ({@code dev.airproof.translator.petri}, {@code docs/petri-semantics.md}) and maps witness
 * firing sequences back to AIR {@code line:col}. Independent of the reference interpreter, so its
 * verdicts cross-check the explorer's. Mirrors no AquaVM file.
 */
package dev.airproof.properties.petri;
