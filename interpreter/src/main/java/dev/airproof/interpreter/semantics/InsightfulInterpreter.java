package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.ast.Instruction;
import java.util.Map;

/**
 * An {@link Interpreter} that also reports an {@link Insight} per invocation. Pure, like
 * {@link Interpreter}: the outcome equals what {@link #invoke} returns for the same inputs.
 */
public interface InsightfulInterpreter extends Interpreter {
  /** Runs one invocation and reports its insight; see {@link Interpreter#invoke}. */
  Observed invokeObserved(
      Instruction script,
      String scriptText,
      byte[] prevData,
      byte[] currentData,
      RunParameters params,
      Map<Integer, CallServiceResult> callResults);

  /**
   * Immutable; an outcome with its insight.
   *
   * @param outcome exactly what {@link Interpreter#invoke} returns
   * @param insight what the execution revealed; for preparation and uncatchable errors it is
   *     {@code complete = false} with no waits and no call sites
   */
  record Observed(Outcome outcome, Insight insight) {
    public Observed {
      java.util.Objects.requireNonNull(outcome, "outcome");
      java.util.Objects.requireNonNull(insight, "insight");
    }
  }

  @Override
  default Outcome invoke(
      Instruction script,
      String scriptText,
      byte[] prevData,
      byte[] currentData,
      RunParameters params,
      Map<Integer, CallServiceResult> callResults) {
    return invokeObserved(script, scriptText, prevData, currentData, params, callResults).outcome();
  }
}
