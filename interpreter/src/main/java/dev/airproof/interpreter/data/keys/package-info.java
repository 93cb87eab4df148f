/**
 * Peer keys, peer ids and peer signatures of interpreter data: AquaVM's
 * {@code crates/air-lib/interpreter-signatures} over {@code fluence-keypair} (Ed25519 only, key
 * format byte 0) and libp2p peer ids.
 *
 * <p>Identities of named test peers are derived as the Fluence JS client does for a seed: Ed25519
 * seed = SHA-256(UTF-8 alias) ({@link dev.airproof.interpreter.data.keys.PeerIdentity#fromAlias}); AquaVM's
 * Rust test utilities derive theirs through ChaCha8 ({@link
 * dev.airproof.interpreter.data.keys.AquaTestKeys}). A peer signs borsh({@code (sorted CIDs, particle
 * id)}) ({@link dev.airproof.interpreter.data.keys.PeerSignature}). Ed25519 is the JDK's. Invariant:
 * pure functions; failures are values (Optional / booleans), exceptions only for JDK bugs.
 */
package dev.airproof.interpreter.data.keys;
