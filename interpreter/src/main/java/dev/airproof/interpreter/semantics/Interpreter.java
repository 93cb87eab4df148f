package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.ast.Instruction;
import java.util.Map;

/**
 * The AquaVM state-transition function: {@code invoke(script, prev, current, params, results)}.
 *
 * <p>Pure: equal inputs give equal outcomes; no I/O, no clock, no static mutable state. Never throws
 * on any data: malformed or tampered data gives AquaVM's error code and the prev data back.
 */
public interface Interpreter {
  /**
   * Runs one invocation, as AquaVM's {@code execute_air}.
   *
   * @param script the parsed script (the caller parses once and caches)
   * @param scriptText the script text, for the AIR size limit
   * @param prevData what this peer stored after its last invocation (empty array = empty data)
   * @param currentData data that just arrived (empty array = empty data)
   * @param params run parameters
   * @param callResults answers to earlier call requests, by call id
   */
  Outcome invoke(
      Instruction script,
      String scriptText,
      byte[] prevData,
      byte[] currentData,
      RunParameters params,
      Map<Integer, CallServiceResult> callResults);
}
