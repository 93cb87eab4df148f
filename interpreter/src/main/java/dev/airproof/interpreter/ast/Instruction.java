package dev.airproof.interpreter.ast;

/**
 * Immutable; one AIR instruction. Mirrors {@code air-parser/src/ast/instructions.rs} of AquaVM:
 * one record per instruction, each documented with its S-expression form.
 */
public sealed interface Instruction extends Node
    permits Call, Canon, CanonMap, CanonMapScalar, Ap, ApMap, Seq, Par, Xor, Match, Mismatch,
        Fail, FoldScalar, FoldStream, FoldStreamMap, Next, New, Never, Null {}
