/**
 * AIR scripts as TLA+ instance modules of the hand-written spec ({@code spec/AIR.tla},
 * {@code spec/README.md} section 1): the script becomes the constant {@code Script} (a pre-order
 * numbered sequence of {@code AIRTrees} nodes), the environment the constants {@code Peers},
 * {@code InitPeer}, {@code Answers}, {@code Faults} and {@code FaultBudget}, and the chosen checks a
 * {@code .cfg} file.
 *
 * <p>Invariants: a generated module is either exact for the constructs it contains or not generated
 * at all: every construct the spec does not model (stream maps, {@code %timestamp%}, {@code %ttl%},
 * computed service or function names, floats, ...) and every environment the finite {@code Answers}
 * table cannot express gives an {@link dev.airproof.translator.tla.Unsupported} value naming the
 * construct and its {@code line:col}. Every node carries a comment with its AIR position. Peer ids are
 * renamed to the peers' aliases everywhere (a bijection on strings, which AIR only compares).
 *
 * <p>Mirrors no AquaVM file; the target interface is {@code spec/README.md}.
 */
package dev.airproof.translator.tla;
