package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Span;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; one problem in an AIR script, with where it is and, for grammar errors, what was
 * expected there.
 *
 * @param code stable identifier of the kind of problem (tests assert it, not the text)
 * @param span where the problem is
 * @param message one-line human-readable message, without position
 * @param expected for grammar errors, the token kinds that would have been accepted (may be empty)
 */
public record Diagnostic(DiagnosticCode code, Span span, String message, List<String> expected) {
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    expected = List.copyOf(expected);
  }
}
