package dev.airproof.interpreter.semantics.trace;

import dev.airproof.interpreter.data.CallResult;

/**
 * Immutable; a call state met in the input traces.
 *
 * @param result the merged state
 * @param tracePos the result position the state will get
 * @param source which generation space a stream value belongs to
 */
public record MetCall(CallResult result, long tracePos, ValueSource source) {}
