package dev.airproof.properties.tlc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable; SANY's verdict on each file of one {@code tla2sany.SANY f1.tla f2.tla ...} run: the
 * output section of each file and whether it reports a lexical, syntax or semantic error.
 *
 * <p>SANY 2.1 prints one banner per file and exits 0 even on semantic errors (docs/dependencies.md
 * section 6f), so the report reads the text, not only the exit status.
 */
public record SanyReport(int exitCode, Map<String, String> sections) {

  private static final String BANNER = "****** SANY2 Version";
  private static final List<String> ERROR_MARKS = List.of(
      "Semantic errors:", "*** Errors:", "***Parse Error***", "Fatal errors", "Lexical error",
      "Encountered \"", "Could not find module", "Cannot find source file");

  public SanyReport {
    sections = Map.copyOf(sections);
  }

  /** Splits the output at the per-file banners; files are matched to sections in order. */
  public static SanyReport of(int exitCode, List<String> files, String output) {
    List<String> parts = new ArrayList<>();
    int at = output.indexOf(BANNER);
    while (at >= 0) {
      int next = output.indexOf(BANNER, at + BANNER.length());
      parts.add(next < 0 ? output.substring(at) : output.substring(at, next));
      at = next;
    }
    Map<String, String> sections = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      sections.put(files.get(i), i < parts.size() ? parts.get(i) : "");
    }
    return new SanyReport(exitCode, sections);
  }

  /** Whether {@code file} parsed and passed semantic analysis. */
  public boolean parsed(String file) {
    String section = Objects.requireNonNull(sections.get(file), file);
    return exitCode == 0
        && section.contains("Semantic processing of module " + file.replace(".tla", ""))
        && ERROR_MARKS.stream().noneMatch(section::contains);
  }
}
