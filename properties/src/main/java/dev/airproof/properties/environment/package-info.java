/**
 * Builds exploration environments: the documented default for a bare {@code .air} file
 * ({@link dev.airproof.properties.environment.DefaultEnvironment}) and the environment of a scenario
 * file. Definitions of both: {@code docs/properties.md}, section "Environment".
 */
package dev.airproof.properties.environment;
