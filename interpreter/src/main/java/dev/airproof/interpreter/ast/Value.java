package dev.airproof.interpreter.ast;

/**
 * Immutable; a value as read by an instruction (call arguments, match operands, ap arguments, peer,
 * service and function names). Streams and stream maps are not values in AIR: they must be
 * canonicalised first.
 */
public sealed interface Value extends Node
    permits InitPeerId, Timestamp, Ttl, LastError, ErrorValue, StringLiteral, IntLiteral,
        FloatLiteral, BoolLiteral, EmptyArray, ScalarRef, CanonStreamRef, CanonStreamMapRef {}
