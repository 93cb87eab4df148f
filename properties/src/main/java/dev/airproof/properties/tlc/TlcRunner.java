package dev.airproof.properties.tlc;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; checks one model with TLC 2.18 in a child JVM:
 * {@code tlc2.TLC -tool -workers 1 -metadir <unique> -config <cfg> <module>}.
 */
public record TlcRunner(ChildJvm jvm) {

  /** One finished (or timed-out) TLC run: the interpreted result and the raw output. */
  public record Run(TlcResult result, String output, Duration wallTime, boolean timedOut) {
    public Run {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(output, "output");
    }
  }

  public TlcRunner {
    Objects.requireNonNull(jvm, "jvm");
  }

  /** Model-checks {@code module} with configuration {@code config} (a file name in the copy). */
  public Run check(SpecCopy copy, String module, String config, Duration timeout)
      throws IOException, InterruptedException {
    ChildJvm.Exit exit = jvm.run(copy, "tlc2.TLC", List.of(
        "-tool", "-workers", "1",
        "-metadir", copy.subdirectory("meta").toString(),
        "-config", config, module), timeout);
    int status = exit.status().orElse(-1);
    return new Run(TlcResult.of(status, exit.output()), exit.output(), exit.wallTime(),
        exit.status().isEmpty());
  }
}
