/**
 * Byte-exact JSON renderings shared by the interpreter data and the reports.
 *
 * <p>{@link dev.airproof.interpreter.data.json.SerdeJson} writes what Rust's {@code serde_json}
 * (without {@code preserve_order} / {@code arbitrary_precision}) writes for a
 * {@code serde_json::Value}: the input of every CID ({@code crates/air-lib/interpreter-cid}).
 * {@link dev.airproof.interpreter.data.json.JsJson} writes what JavaScript's
 * {@code JSON.stringify} writes, the report format shared with the Node bridge.
 * {@link dev.airproof.interpreter.data.json.ShortestDigits} is the shortest round-trip decimal of a
 * double, the common core of Rust's {@code ryu} and ECMAScript's {@code Number::toString}.
 * Invariant: all functions are pure and total on finite numbers.
 */
package dev.airproof.interpreter.data.json;
