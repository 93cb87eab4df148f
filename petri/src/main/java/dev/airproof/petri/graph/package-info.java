/**
 * The structure of a P/T net as a JGraphT directed bipartite graph: vertices are places and
 * transitions, edges are the net's arcs. Used for structural checks (workflow nets) and exports.
 *
 * <p>Invariant: every edge joins a place and a transition; there are no self-loops and no parallel
 * edges. Mirrors no AquaVM file.
 */
package dev.airproof.petri.graph;
