/**
 * Immutable place/transition nets: places, transitions, weighted arcs, markings and the firing
 * rule.
 *
 * <p>Invariants: every {@link dev.airproof.petri.model.PetriNet} is valid (unique non-empty ids,
 * arcs join a place and a transition, weights are positive, markings are non-negative and name only
 * places of the net); a {@link dev.airproof.petri.model.Marking} is a positional vector indexed by
 * place order. Mirrors no AquaVM file: this library knows nothing of AIR.
 */
package dev.airproof.petri.model;
