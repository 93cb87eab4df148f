package dev.airproof.cli;

import dev.airproof.interpreter.semantics.Interpreter;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Stateless; finds the reference interpreter through {@link ServiceLoader} (a provider is
 * registered in {@code META-INF/services/dev.airproof.interpreter.semantics.Interpreter} by the
 * module that implements it). Empty when none is on the class path.
 */
public final class InterpreterProvider {
  private InterpreterProvider() {}

  /** The first registered interpreter, or a message saying why there is none. */
  public static Result find() {
    try {
      Iterator<Interpreter> it = ServiceLoader.load(Interpreter.class).iterator();
      if (it.hasNext()) {
        return new Result(Optional.of(it.next()), "");
      }
      return new Result(Optional.empty(), "no interpreter available: no implementation of "
          + Interpreter.class.getName() + " is registered (META-INF/services) on the class path");
    } catch (ServiceConfigurationError e) {
      return new Result(Optional.empty(), "no interpreter available: " + e.getMessage());
    }
  }

  /** The registered interpreter if it also reports insights (completeness, joins, call sites). */
  public static Optional<dev.airproof.interpreter.semantics.InsightfulInterpreter> insightful() {
    return find().interpreter()
        .filter(i -> i instanceof dev.airproof.interpreter.semantics.InsightfulInterpreter)
        .map(i -> (dev.airproof.interpreter.semantics.InsightfulInterpreter) i);
  }

  /**
   * Immutable; an interpreter or the reason there is none.
   *
   * @param interpreter the interpreter, if found
   * @param problem why none was found (empty when found)
   */
  public record Result(Optional<Interpreter> interpreter, String problem) {}
}
