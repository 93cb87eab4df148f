/**
 * Explicit-state reachability: breadth-first exploration of the markings of a P/T net into a
 * compact {@link dev.airproof.petri.reach.ReachabilityGraph}.
 *
 * <p>Invariants: states are numbered in BFS discovery order starting with the initial marking as
 * state 0, so the smallest state number with a property is at minimal firing distance and the
 * BFS-tree path to it is a shortest witness; states below {@code expandedCount()} have all their
 * successors recorded. Markings are stored in one flat {@code int[]} with an open-addressing hash
 * table of state numbers. Mirrors no AquaVM file.
 */
package dev.airproof.petri.reach;
