/**
 * The dependency DAG of an AIR script (JGraphT): nodes are the script's leaf instructions with the
 * peer they run on, edges are control, data and error dependencies; analyses give the topological
 * order, critical paths in network hops and in calls, the maximum parallel width and the calls reachable
 * only through error paths. Start at {@link dev.airproof.translator.graph.AirDag}.
 *
 * <p>Invariant: the graph is acyclic by construction (every edge goes forward in source order; a fold
 * body is represented once, without the back edge of {@code next}).
 */
package dev.airproof.translator.graph;
