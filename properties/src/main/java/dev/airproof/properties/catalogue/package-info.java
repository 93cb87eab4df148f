/**
 * The property catalogue: stable ids ({@link dev.airproof.properties.catalogue.PropertyId}), verdicts,
 * counterexamples, and the checks that decide each property on an explored state space
 * ({@link dev.airproof.properties.catalogue.PropertyChecker}). Definitions: {@code docs/properties.md}.
 */
package dev.airproof.properties.catalogue;
