/**
 * Mutable construction of P/T nets with validation that yields errors as values.
 *
 * <p>{@link dev.airproof.petri.build.NetBuilder} collects declarations in order and {@link
 * dev.airproof.petri.build.NetBuilder#build()} returns either the net or every {@link
 * dev.airproof.petri.model.NetError}. Mirrors no AquaVM file.
 */
package dev.airproof.petri.build;
