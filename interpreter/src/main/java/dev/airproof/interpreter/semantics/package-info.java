/**
 * The reference interpreter: AquaVM 0.62's {@code execute_air} as a pure function
 * ({@link dev.airproof.interpreter.semantics.Interpreter}). Start reading at
 * {@link dev.airproof.interpreter.semantics.AquaVmInterpreter} (the pipeline of
 * {@code air/src/runner.rs}); execution is in {@code semantics.exec}, the trace handler in
 * {@code semantics.trace}, data verification in {@code semantics.verify}. Registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services}.
 */
package dev.airproof.interpreter.semantics;
