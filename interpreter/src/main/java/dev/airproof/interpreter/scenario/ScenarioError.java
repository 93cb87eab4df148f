package dev.airproof.interpreter.scenario;

import java.util.Objects;

/**
 * Immutable; one problem in a scenario file.
 *
 * @param path JSON path of the offending element ({@code $.services.user["prices/get"]})
 * @param line 1-based line (0 when unknown)
 * @param column 1-based column (0 when unknown)
 * @param message what is wrong, in words
 */
public record ScenarioError(String path, int line, int column, String message) {
  public ScenarioError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code source:line:col: path: message}. */
  public String render(String sourceName) {
    return sourceName + ":" + line + ":" + column + ": " + path + ": " + message;
  }
}
