package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; how a simulated service answers a call request ({@code aquavm-wasm-driving.md} §13.2).
 * JSON values are already alias-substituted; treat the nodes as immutable.
 */
public sealed interface ServiceBehaviour {
  /** {@code {"return": V}}: ret code 0, value V. */
  record Return(JsonNode value) implements ServiceBehaviour {
    public Return {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code {"error": V, "retCode": N}}: ret code N (default 1), value V. */
  record Error(JsonNode value, int retCode) implements ServiceBehaviour {
    public Error {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code {"echo": true}}: ret code 0, the argument array. */
  record Echo() implements ServiceBehaviour {}

  /** {@code {"arg": I}}: ret code 0, argument I (null when missing). */
  record Arg(int index) implements ServiceBehaviour {}

  /** {@code {"raw": {"retCode": N, "result": "text"}}}: the text verbatim, not JSON-serialised. */
  record Raw(int retCode, String result) implements ServiceBehaviour {
    public Raw {
      Objects.requireNonNull(result, "result");
    }
  }

  /** {@code {"sequence": [B1, ...]}}: the i-th call of the peer/service/function uses Bi, the last repeats. */
  record Sequence(List<ServiceBehaviour> steps) implements ServiceBehaviour {
    public Sequence {
      steps = List.copyOf(steps);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("a sequence needs at least one behaviour");
      }
    }
  }

  /** {@code {"noResponse": true}}: the request is never answered. */
  record NoResponse() implements ServiceBehaviour {}

  /**
   * {@code {"oneOf": [B1, ...]}}: a nondeterministic choice for the explorer; the runner, which is
   * deterministic, always takes the first alternative.
   */
  record OneOf(List<ServiceBehaviour> alternatives) implements ServiceBehaviour {
    public OneOf {
      alternatives = List.copyOf(alternatives);
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("oneOf needs at least one behaviour");
      }
    }
  }
}
