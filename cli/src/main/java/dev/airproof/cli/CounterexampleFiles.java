package dev.airproof.cli;

import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.report.CounterexampleFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the explorer's counterexamples of a {@code verify} run as replayable files. */
final class CounterexampleFiles {
  private CounterexampleFiles() {}

  /**
   * Writes {@code counterexample-<property>.json} into {@code dir} for every explorer result with a
   * counterexample; returns the files written, in catalogue order. Other back ends' counterexamples
   * (TLC, Petri) are steps of their own models and are not written.
   */
  static List<Path> write(Path dir, List<PropertyResult> results, String inputName, String inputText,
      CounterexampleFile.ModelOptions options) throws IOException {
    List<Path> written = new ArrayList<>();
    for (PropertyResult r : results) {
      if (!r.backend().equals("explorer") || r.counterexample().isEmpty()) {
        continue;
      }
      CounterexampleFile f = new CounterexampleFile(r.property(), r.counterexample().get().explanation(),
          inputName, inputText, options, r.counterexample().get());
      Path p = dir.resolve("counterexample-" + r.property().id() + ".json");
      Files.writeString(p, f.write());
      written.add(p);
    }
    return written;
  }

  /** The section of {@code report.md} that lists the files and the command replaying them. */
  static String replaySection(List<Path> written) {
    if (written.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n## Replay\n\nEach counterexample is also a self-contained file;"
        + " `airproof run --replay FILE` re-executes it on the reference interpreter and checks the"
        + " property again:\n\n");
    for (Path p : written) {
      sb.append("    airproof run --replay ").append(p).append('\n');
    }
    return sb.toString();
  }
}
