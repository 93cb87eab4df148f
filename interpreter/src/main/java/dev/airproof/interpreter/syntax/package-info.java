/**
 * The AIR front end: lexer, parser, validator, diagnostics and their rendering, the canonical formatter. Mirrors AquaVM's {@code crates/air-lib/air-parser}. Entry point: {@code AirParser.parse}.
 */
package dev.airproof.interpreter.syntax;
