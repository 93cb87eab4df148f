/**
 * Interpreter data: trace states, CID stores, tetraplets, signatures, and their JSON form ({@code docs/data-format.md}). Mirrors {@code crates/air-lib/interpreter-data}.
 */
package dev.airproof.interpreter.data;
