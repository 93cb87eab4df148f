package dev.airproof.cli;

import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.interpreter.semantics.Interpreter;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the interpreter implementation on the class path (registered as a service). */
final class Interpreters {
  private Interpreters() {}

  /** The reference interpreter, if present. */
  static Optional<Interpreter> any() {
    return ServiceLoader.load(Interpreter.class).findFirst();
  }

  /** The reference interpreter with insights, if present. */
  static Optional<InsightfulInterpreter> insightful() {
    return any().filter(i -> i instanceof InsightfulInterpreter).map(i -> (InsightfulInterpreter) i);
  }
}
