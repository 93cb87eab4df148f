package dev.airproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.data.json.JsJson;
import dev.airproof.properties.conformance.AquaVmBridge;
import dev.airproof.properties.conformance.AquaVmUnavailable;
import dev.airproof.properties.conformance.Differential;
import dev.airproof.properties.conformance.ScenarioShrinker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * {@code airproof reduce --aquavm SCENARIO.json}: the predicate "disagrees with AquaVM" for the reduce
 * command. Reduces the scenario with {@link ScenarioShrinker} while the reference interpreter still
 * disagrees with the real AquaVM with the same fingerprint; prints the minimal scenario (or writes it).
 * Exit codes: 0 reduced, 2 unreadable input or no disagreement to reduce, 3 no interpreter or oracle.
 */
final class DisagreementReduction {
  private final Supplier<InterpreterProvider.Result> interpreters;
  private final Path file;
  private final Path output;

  DisagreementReduction(Supplier<InterpreterProvider.Result> interpreters, Path file, Path output) {
    this.interpreters = interpreters;
    this.file = file;
    this.output = output;
  }

  int run(PrintWriter out, PrintWriter err) {
    try {
      return reduce(out, err);
    } catch (AquaVmUnavailable e) {
      err.println("airproof reduce: AquaVM oracle unavailable: " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    } catch (IOException e) {
      err.println("airproof reduce: " + e.getMessage());
      return ExitCodes.USER_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int reduce(PrintWriter out, PrintWriter err) throws IOException {
    InterpreterProvider.Result found = interpreters.get();
    if (found.interpreter().isEmpty()) {
      err.println("airproof reduce: " + found.problem());
      return ExitCodes.INTERNAL_ERROR;
    }
    JsonNode scenario;
    try {
      scenario = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot read scenario " + file + ": " + e.getMessage(), e);
    }
    if (scenario == null || !scenario.isObject()) {
      err.println("airproof reduce: " + file + ": a scenario is a JSON object");
      return ExitCodes.USER_ERROR;
    }
    Differential differential = new Differential(found.interpreter().get());
    ScenarioShrinker.Result r;
    try (AquaVmBridge bridge = AquaVmBridge.start(OracleLocation.locate(), AquaVmBridge.DEFAULT_TIMEOUT)) {
      r = ScenarioShrinker.shrinkDisagreement(scenario, differential, bridge);
    }
    if (r.fingerprint().isEmpty()) {
      err.println("airproof reduce: " + file + " does not disagree with AquaVM (or cannot run); nothing to reduce");
      return ExitCodes.USER_ERROR;
    }
    String text = JsJson.pretty(r.scenario()) + "\n";
    if (output != null) {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } else {
      out.print(text);
    }
    err.printf("airproof reduce: %d -> %d characters, %d runs on both interpreters, fingerprint %s%n",
        JsJson.pretty(scenario).length(), text.length() - 1, r.tests(), r.fingerprint().get());
    return ExitCodes.OK;
  }
}
