package dev.airproof.cli;

import dev.airproof.properties.explorer.Environment;
import java.util.Objects;

/**
 * Immutable; a verified input turned into an exploration environment.
 *
 * @param environment what to explore
 * @param description one line describing the environment, for reports
 * @param text the whole input file (script or scenario), for counterexample files
 */
record LoadedInput(Environment environment, String description, String text) {
  LoadedInput {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(text, "text");
  }
}
