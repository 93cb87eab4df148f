/**
 * Graph exports through JGraphT's exporters: nets as DOT (places as circles with token counts,
 * transitions as boxes, arc weights as edge labels), GraphML and JSON; reachability graphs as DOT.
 *
 * <p>Invariants: output is deterministic (vertices and edges in index order, ids derived from
 * indices in DOT and from net ids in GraphML/JSON); exporters never touch files. Mirrors no AquaVM
 * file.
 */
package dev.airproof.petri.export;
