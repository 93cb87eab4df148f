package dev.airproof.translator.tla;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** Immutable; one outcome a host may return for a call, as {@code Answers} can state it. */
public sealed interface TlaOutcome {
  /** {@code Ok(v)} with a fixed JSON value. */
  record Ok(JsonNode value) implements TlaOutcome {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code Fail(m)}: the service fails (the model keeps no text; the message is for readers). */
  record Fail(String message) implements TlaOutcome {
    public Fail {
      Objects.requireNonNull(message, "message");
    }
  }

  /** {@code Ok(args)}: the call's arguments as an array (scenario {@code echo}). */
  record EchoArgs() implements TlaOutcome {}

  /** {@code Ok(args[index + 1])}: one argument (scenario {@code arg}, 0-based). */
  record Arg(int index) implements TlaOutcome {
    public Arg {
      if (index < 0) {
        throw new IllegalArgumentException("index " + index);
      }
    }
  }
}
