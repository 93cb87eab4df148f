/**
 * The bridge to the real AquaVM 0.62.0 used as a differential test oracle.
 *
 * <p>{@link dev.airproof.properties.conformance.AquaVmBridge} starts {@code node aquavm-driver.mjs --serve}
 * from the repository's {@code conformance/aquavm} directory once and exchanges newline-delimited JSON with it:
 * a scenario in, a report out, both in the format of {@code conformance/SCENARIO-SPEC.md}. The Node program
 * runs {@code avm.wasm} inside marine-js, as the Fluence JS client does; AquaVM is AGPL-3.0 and is therefore
 * only ever installed by npm (scripts/setup-test-deps) and run as a separate process, never linked or bundled.
 *
 * <p>{@link dev.airproof.interpreter.data.json.JsJson} prints JSON exactly like JavaScript's
 * {@code JSON.stringify}, so that reports produced in Java and in Node can be compared byte for byte.
 *
 * <p>Differential testing on top of the bridge: {@link dev.airproof.properties.conformance.Differential} runs a
 * scenario on the Java side (scenario reader, parser, scenario runner, reference interpreter) and compares the two
 * reports facet by facet ({@link dev.airproof.properties.conformance.Facet}, numbers by value, next peers as sets,
 * parse errors by their final phrases); {@link dev.airproof.properties.conformance.Fingerprint} names the cause of a
 * disagreement coarsely, {@link dev.airproof.properties.conformance.ScenarioShrinker} reduces it,
 * {@link dev.airproof.properties.conformance.ConformanceSummary} counts agreement per facet and
 * {@link dev.airproof.properties.conformance.RegressionCatalogue} reads {@code conformance/regressions} with the
 * statuses of {@code docs/conformance.md}.
 *
 * <p>Invariant: every child process started here is ended when its bridge is closed (or, as a last resort, when
 * the JVM exits). Mirrors no AquaVM source file: it is airproof's host-side harness.
 */
package dev.airproof.properties.conformance;

