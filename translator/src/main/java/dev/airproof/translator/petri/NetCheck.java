package dev.airproof.translator.petri;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; the answer of the net to one question about the script.
 *
 * @param property the property id ({@code termination}, {@code completion}, {@code no-stuck-join})
 * @param status holds, violated or unknown
 * @param detail one line: why it holds, what breaks it, or why the net cannot decide
 * @param witness for a violation: the firing sequence (transition ids) from the initial marking;
 *     for an undecided answer, the run the net found (through data choices), if any
 * @param loopStart for a termination violation: where the repeated part of {@code witness} begins
 * @param states markings explored
 */
public record NetCheck(String property, Status status, String detail, List<String> witness,
    Optional<Integer> loopStart, long states) {
  public NetCheck {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    witness = List.copyOf(witness);
    Objects.requireNonNull(loopStart, "loopStart");
  }

  /** The three answers. */
  public enum Status { HOLDS, VIOLATED, UNKNOWN }
}
