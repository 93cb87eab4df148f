package dev.airproof.interpreter.scenario;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.semantics.Interpreter;

/**
 * Stateless; runs a scenario: a deterministic network of peers around an {@link Interpreter}, one
 * invocation per step ({@code docs/scenarios.md}, {@code aquavm-wasm-driving.md} §13).
 *
 * <p>Pure apart from the interpreter passed in: equal scenarios, scripts and (pure) interpreters
 * give equal reports; the delivery order is FIFO or drawn from mulberry32 seeded by the scenario.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /**
   * Runs {@code scenario} with the already parsed {@code script} (whose text is {@code scriptText},
   * normally {@code scenario.air()}) on {@code interpreter}.
   */
  public static RunReport run(Scenario scenario, Instruction script, String scriptText, Interpreter interpreter) {
    return new Simulation(scenario, script, scriptText, interpreter).run();
  }
}
