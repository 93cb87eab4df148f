/**
 * Scenario files, the deterministic network simulator that drives an {@link
 * dev.airproof.interpreter.semantics.Interpreter} through them, and run reports.
 *
 * <p>The contract (scenario format, driver, report JSON) is shared byte for byte with the Node
 * driver of the real AquaVM wasm ({@code aquavm-wasm-driving.md} §13, {@code docs/scenarios.md}).
 * Start at {@link dev.airproof.interpreter.scenario.ScenarioReader} (JSON → {@link
 * dev.airproof.interpreter.scenario.Scenario}), then {@link
 * dev.airproof.interpreter.scenario.ScenarioRunner} (→ {@link
 * dev.airproof.interpreter.scenario.RunReport}), then {@link
 * dev.airproof.interpreter.scenario.RunReportJson} / {@link
 * dev.airproof.interpreter.scenario.RunReportText}. Invariants: reading and running are pure
 * (no I/O, clock or hidden randomness; the delivery order comes from the scenario's seed); the
 * report keeps real peer ids and only the writers substitute {@code {{alias}}}.
 */
package dev.airproof.interpreter.scenario;
