/**
 * Small XML output helpers shared by the PNML and MCC writers (indentation over StAX).
 *
 * <p>Invariant: output is deterministic: two-space indentation, one element per line, leaf text on
 * the element's line. Mirrors no AquaVM file.
 */
package dev.airproof.petri.xml;
