/**
 * JMH benchmarks; run with {@code java -jar bench/target/benchmarks.jar}. Results go to
 * docs/benchmarks.md.
 */
package dev.airproof.bench;
