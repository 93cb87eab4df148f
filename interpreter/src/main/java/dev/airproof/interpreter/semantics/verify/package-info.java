/**
 * The verification step of AquaVM built with {@code check_signatures} (the shipped wasm): CID-store
 * self-consistency of the current data (preparation error 8), peer signatures of the current data,
 * and the monotone merge of the prev and current signature stores (preparation error 9). Mirrors
 * {@code air/src/verification_step.rs}, {@code interpreter-data/src/cid_info.rs} and
 * {@code interpreter_data/verification.rs}.
 */
package dev.airproof.interpreter.semantics.verify;
