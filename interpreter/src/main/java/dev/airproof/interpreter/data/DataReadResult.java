package dev.airproof.interpreter.data;

import java.util.Objects;

/** Immutable; the result of reading data bytes: the data, or AquaVM's preparation error. */
public sealed interface DataReadResult permits DataReadResult.Ok, DataReadResult.Failed {

  /** Readable data. */
  record Ok(InterpreterData data) implements DataReadResult {
    public Ok {
      Objects.requireNonNull(data, "data");
    }
  }

  /** Unreadable data: code 2, 3 or 4 and a message. */
  record Failed(int code, String message) implements DataReadResult {
    public Failed {
      Objects.requireNonNull(message, "message");
    }
  }
}
