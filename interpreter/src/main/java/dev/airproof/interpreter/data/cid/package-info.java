/**
 * Content identifiers of interpreter data, AquaVM's {@code crates/air-lib/interpreter-cid}.
 *
 * <p>A CID names a JSON value: the compact {@code serde_json} text of the value is hashed with
 * blake3-256, wrapped as a multihash (code 0x1e, length 32), made a CIDv1 with codec 0x0200 (json)
 * and printed as multibase base32 lower ({@code bagaaihra...}). Verification additionally accepts
 * sha2-256 (multihash 0x12, {@code bagaaiera...}) and rejects other codecs and hash functions.
 * Invariant: everything here is pure; results are values ({@link
 * dev.airproof.interpreter.data.cid.CidCheck}), never exceptions.
 */
package dev.airproof.interpreter.data.cid;
