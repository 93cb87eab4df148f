package dev.airproof.interpreter.scenario;

import dev.airproof.interpreter.semantics.CallServiceResult;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Immutable; a message in the simulator's queue. */
sealed interface Message {
  /** The alias of the peer that receives the message. */
  String recipient();

  /** Interpreter data sent by {@code sender} (empty for the initial particle). */
  record Particle(String recipient, Optional<String> sender, byte[] data) implements Message {
    public Particle {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(sender, "sender");
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }

  /** Answers to the recipient's own call requests, by call id. */
  record CallResults(String recipient, SortedMap<Integer, CallServiceResult> results) implements Message {
    public CallResults {
      Objects.requireNonNull(recipient, "recipient");
      results = Collections.unmodifiableSortedMap(new TreeMap<>(results));
    }
  }
}
