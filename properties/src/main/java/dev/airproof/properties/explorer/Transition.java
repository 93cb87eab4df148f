package dev.airproof.properties.explorer;

/**
 * Immutable; one move of the model from a state. Indexes refer to the state's sorted in-flight
 * particles and pending calls.
 */
public sealed interface Transition {
  /** The peer whose data the transition reads or changes. */
  int peer();

  /** Delivers in-flight particle {@code index} to its recipient, which runs the interpreter. */
  record Deliver(int index, int peer) implements Transition {}

  /** Answers pending call {@code index} with allowed answer {@code alternative}; the peer runs. */
  record Answer(int index, int alternative, int peer) implements Transition {}

  /** Fault: in-flight particle {@code index} will be delivered one extra time. */
  record Duplicate(int index, int peer) implements Transition {}

  /** Fault: in-flight particle {@code index} is lost. */
  record Drop(int index, int peer) implements Transition {}

  /** Fault: {@code peer} restarts and loses its stored data. */
  record Amnesia(int peer) implements Transition {}
}
