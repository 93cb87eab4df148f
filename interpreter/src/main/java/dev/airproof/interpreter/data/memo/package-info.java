/**
 * Bounded memos of pure functions of byte strings, used by the interpreter's data layer (parsing,
 * hashing, signatures, base58) so that repeated invocations in a model checker cost less; they
 * change no result.
 */
package dev.airproof.interpreter.data.memo;
