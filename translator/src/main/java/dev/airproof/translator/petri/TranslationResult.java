package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.Span;
import java.util.Objects;

/**
 * Immutable; the outcome of {@link AirToNet#translate}: a net, or the construct that could not be
 * translated.
 */
public sealed interface TranslationResult {
  /** The script was translated. */
  record Translated(Translation translation) implements TranslationResult {
    public Translated {
      Objects.requireNonNull(translation, "translation");
    }
  }

  /**
   * Immutable; the script uses something the translation cannot model faithfully, so no net is
   * produced.
   *
   * @param construct the construct (e.g. {@code "net size"})
   * @param span where it stands
   * @param reason why it is refused, in a sentence
   */
  record Unsupported(String construct, Span span, String reason) implements TranslationResult {
    public Unsupported {
      Objects.requireNonNull(construct, "construct");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(reason, "reason");
    }

    /** {@code line:col: unsupported CONSTRUCT: REASON}. */
    public String message() {
      return span.line() + ":" + span.column() + ": unsupported " + construct + ": " + reason;
    }
  }
}
