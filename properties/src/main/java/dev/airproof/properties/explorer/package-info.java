/**
 * The explicit-state explorer: every delivery order of particles and every allowed answer of every
 * service call, over the reference interpreter, with state hashing on a canonical form, bounds that
 * end in an explicit "unknown", and shortest counterexamples (breadth-first).
 *
 * <p>Start reading at {@link dev.airproof.properties.explorer.Explorer}. The model: a state holds
 * every peer's stored data, the multiset of in-flight particles, the pending service calls and the
 * calls executed so far ({@link dev.airproof.properties.explorer.ExplorerState}); a transition
 * delivers a particle, answers a pending call with one of its allowed outcomes, or injects a bounded
 * fault ({@link dev.airproof.properties.explorer.Transition}).
 */
package dev.airproof.properties.explorer;
