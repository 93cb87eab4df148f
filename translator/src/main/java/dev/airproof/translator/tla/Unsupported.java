package dev.airproof.translator.tla;

import dev.airproof.interpreter.ast.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; why no TLA+ module is generated: a construct the spec cannot express and where it is.
 *
 * @param construct what cannot be expressed, e.g. {@code "stream map ap"} or {@code "scenario
 *     behaviour noResponse"}
 * @param span its AIR position, when it is a script construct (empty for environment constructs)
 * @param reason one sentence why the model cannot hold it
 */
public record Unsupported(String construct, Optional<Span> span, String reason)
    implements TlaTranslation {
  public Unsupported {
    Objects.requireNonNull(construct, "construct");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(reason, "reason");
  }

  /** A script construct at {@code span}. */
  public static Unsupported at(String construct, Span span, String reason) {
    return new Unsupported(construct, Optional.of(span), reason);
  }

  /** An environment construct (no script position). */
  public static Unsupported environment(String construct, String reason) {
    return new Unsupported(construct, Optional.empty(), reason);
  }

  /** One line: {@code 3:5: the TLA+ back end cannot express stream map ap: ...}. */
  public String message() {
    return span.map(s -> s + ": ").orElse("")
        + "the TLA+ back end cannot express " + construct + ": " + reason;
  }
}
