/**
 * The airproof command line. {@link dev.airproof.cli.Main} is the entry point; each subcommand is
 * one class. Exit codes ({@link dev.airproof.cli.ExitCodes}): 0 ok, 1 property violated or check
 * failed, 2 user error, 3 internal error. Only this module prints, reads files or exits.
 */
package dev.airproof.cli;
