/**
 * JSON values as AquaVM's {@code serde_json} sees them: parsing with serde's number model (u64, i64,
 * f64; 128 levels of nesting), compact serialization with sorted object keys and Rust's float
 * formatting, serde's value equality ({@code 1} differs from {@code 1.0}), and Rust's
 * {@code Display} of values used in error messages. Mirrors {@code crates/air-lib/interpreter-value}.
 *
 * <p>Values are Jackson {@link com.fasterxml.jackson.databind.JsonNode}s that are never mutated after
 * construction.
 */
package dev.airproof.interpreter.data.jvalue;
