/**
 * Behavioural properties decided on a reachability graph: deadlocks, place bounds, dead
 * transitions, liveness (L4), reversibility and home markings, termination (absence of infinite
 * firing sequences); strongly connected components come from JGraphT.
 *
 * <p>Invariants: a violation found in a truncated graph is real (every stored state is reachable
 * and every recorded edge is a real firing), so it is reported; a property that needs the whole
 * state space is {@code Unknown} on a truncated graph. Witnesses are shortest firing sequences
 * where the BFS order allows it. Mirrors no AquaVM file.
 */
package dev.airproof.petri.analysis;
