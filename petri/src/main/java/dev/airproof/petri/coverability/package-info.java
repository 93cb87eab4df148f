/**
 * Coverability by the Karp–Miller construction: omega-markings, the coverability graph and the
 * boundedness verdict with an unboundedness witness.
 *
 * <p>Invariants: every node of a {@link dev.airproof.petri.coverability.CoverabilityGraph} is the
 * limit of reachable markings (an omega entry means "arbitrarily many"), every reachable marking is
 * covered by some node of a complete graph, and a place is unbounded iff some node has omega there.
 * Nodes with equal omega-markings are merged (a Karp–Miller graph rather than a tree); acceleration
 * compares with the ancestors on the BFS-tree path. Mirrors no AquaVM file.
 */
package dev.airproof.petri.coverability;
