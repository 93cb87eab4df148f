/**
 * The AIR syntax tree: one immutable record per instruction (mirroring AquaVM's
 * {@code air-parser/src/ast/instructions.rs}), sealed interfaces per syntactic category
 * ({@link dev.airproof.interpreter.ast.Instruction}, {@link dev.airproof.interpreter.ast.Value},
 * {@link dev.airproof.interpreter.ast.Name}, {@link dev.airproof.interpreter.ast.Lens}), and
 * {@link dev.airproof.interpreter.ast.Span}s on every node.
 *
 * <p>Start reading at {@link dev.airproof.interpreter.ast.Instruction}. Invariants: trees are
 * immutable and may be shared; there is no error node (a parse either yields a tree or
 * diagnostics); records compare with spans, {@link dev.airproof.interpreter.ast.Shapes} compares
 * without. Never key a {@code HashMap} by nodes meaning identity: two {@code (null)} leaves with the
 * same span are equal.
 */
package dev.airproof.interpreter.ast;
