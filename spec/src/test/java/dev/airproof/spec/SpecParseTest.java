package dev.airproof.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.airproof.properties.tlc.ChildJvm;
import dev.airproof.properties.tlc.SanyReport;
import dev.airproof.properties.tlc.SpecCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every TLA+ module of the spec module parses and passes SANY's semantic analysis. */
class SpecParseTest {

  @TestFactory
  Stream<DynamicTest> everyModuleParses() throws IOException, InterruptedException {
    List<String> files = new ArrayList<>();
    for (Path dir : SpecPaths.sources()) {
      try (Stream<Path> listing = Files.list(dir)) {
        listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tla"))
            .sorted().forEach(files::add);
      }
    }
    assertFalse(files.isEmpty(), "no modules found");
    SpecCopy copy = SpecCopy.create(SpecPaths.runsDir(), "sany", SpecPaths.sources());
    ChildJvm.Exit exit = ChildJvm.fromClasspath()
        .run(copy, "tla2sany.SANY", files, Duration.ofSeconds(120));
    SanyReport report = SanyReport.of(exit.status().orElse(-1), files, exit.output());
    return files.stream().map(file -> dynamicTest(file, () ->
        assertTrue(report.parsed(file), () -> "SANY on " + file + ":\n" + report.sections().get(file))));
  }
}
