package dev.airproof.petri.mcc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Stateless; MCC answer lines ({@code FORMULA <id> <value> TECHNIQUES ...}), written and read. */
public final class MccAnswers {
  private MccAnswers() {}

  /** The answer line of {@code outcome}, absent for {@link MccOutcome.CannotCompute}. */
  public static Optional<String> line(String propertyId, MccOutcome outcome) {
    return switch (outcome) {
      case MccOutcome.Answer a ->
          Optional.of(
              "FORMULA "
                  + propertyId
                  + " "
                  + (a.value() ? "TRUE" : "FALSE")
                  + " TECHNIQUES EXPLICIT");
      case MccOutcome.Bound b ->
          Optional.of("FORMULA " + propertyId + " " + b.value() + " TECHNIQUES EXPLICIT");
      case MccOutcome.CannotCompute c -> Optional.empty();
    };
  }

  /**
   * The answers in a tool's output: property id to value ({@code TRUE}, {@code FALSE} or a number),
   * in order of appearance; other lines are ignored.
   */
  public static Map<String, String> parse(String output) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String line : output.split("\\R")) {
      String[] words = line.trim().split("\\s+");
      if (words.length >= 3 && words[0].equals("FORMULA")) {
        answers.put(words[1], words[2]);
      }
    }
    return answers;
  }
}
