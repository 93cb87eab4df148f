package dev.airproof.petri.mcc;

import dev.airproof.petri.verdict.Witness;
import java.util.Objects;
import java.util.Optional;

/** Immutable; airproof's own answer to an MCC property. */
public sealed interface MccOutcome {

  /**
   * The formula is {@code value}; {@code witness} shows a path where one exists (EF true, AG false,
   * AG EF false).
   */
  record Answer(boolean value, Optional<Witness.Path> witness) implements MccOutcome {
    public Answer {
      Objects.requireNonNull(witness, "witness");
    }
  }

  /** The upper bound asked for. */
  record Bound(int value) implements MccOutcome {}

  /** No answer ({@code CANNOT_COMPUTE}): unsupported formula shape or truncated state space. */
  record CannotCompute(String reason, long statesExplored) implements MccOutcome {
    public CannotCompute {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
