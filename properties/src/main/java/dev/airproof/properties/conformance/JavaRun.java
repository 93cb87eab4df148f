package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Immutable; what the Java side (scenario reader, AIR parser, scenario runner and reference
 * interpreter) made of one scenario.
 */
public sealed interface JavaRun {
  /**
   * A run report in the format of {@code conformance/SCENARIO-SPEC.md}. For a script the Java parser
   * rejects, the report AquaVM gives for a parse error (one step with ret code 1 on the init peer)
   * built from the parser's diagnostics.
   */
  record Report(JsonNode report) implements JavaRun {
    public Report {
      Objects.requireNonNull(report, "report");
    }
  }

  /** The scenario itself is invalid for the Java reader (not a conformance question). */
  record Invalid(String message) implements JavaRun {
    public Invalid {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The Java side threw: a bug, reported as a disagreement on every facet.
   *
   * @param message the exception and its top frames
   * @param kind the exception's class name (stable across scenarios, even without frames)
   */
  record Crashed(String message, String kind) implements JavaRun {
    public Crashed {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(kind, "kind");
    }
  }
}
