/**
 * Workflow nets (van der Aalst) and their soundness notions.
 *
 * <p>Definitions: a WF-net has exactly one source place i (no incoming arcs), exactly one sink
 * place o (no outgoing arcs), and every node lies on a directed path from i to o. Analyses start at
 * [i] and complete at [o], whatever initial/final markings the net declares. Classical soundness =
 * option to complete + proper completion + no dead transitions; relaxed soundness = every
 * transition occurs in some firing sequence from [i] to [o]. Mirrors no AquaVM file.
 */
package dev.airproof.petri.workflow;
