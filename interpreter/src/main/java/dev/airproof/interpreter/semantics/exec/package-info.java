/**
 * The execution step: re-execution of the script over the trace handler, one executor class per
 * instruction ({@code <Instruction>Executor}, dispatched by {@link
 * dev.airproof.interpreter.semantics.exec.Executor}), the execution context (scalars, streams,
 * canon streams, CID stores, errors, call requests). Mirrors AquaVM's
 * {@code air/src/execution_step}.
 *
 * <p>Every {@code execute} returns {@code Optional<ExecError>}: empty on success, otherwise a
 * catchable or uncatchable error value with AquaVM's code and message.
 */
package dev.airproof.interpreter.semantics.exec;
