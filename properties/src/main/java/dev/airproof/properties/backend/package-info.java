/**
 * Verification back ends behind one interface ({@link dev.airproof.properties.backend.Backend}): the
 * explicit-state explorer, and further independent ones (TLC on a generated TLA+ module, Petri-net
 * analysis). {@code verify --backend all} runs every one and compares their verdicts; two decided
 * verdicts that differ are a bug in airproof and are reported loudly.
 */
package dev.airproof.properties.backend;
