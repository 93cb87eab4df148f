/**
 * Tests of the hand-written TLA+ specification of AIR ({@code AIR.tla} and its helper modules):
 * every module parses with SANY, and every model of {@code manifest.json} gets its expected verdict
 * from TLC 2.18, run in a child JVM per model.
 *
 * <p>Mirrors no AquaVM file; the specification models AquaVM 0.62's execution (see the module's
 * README.md).
 */
package dev.airproof.spec;
