package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.pnml.PnmlReader;
import dev.airproof.petri.pnml.PnmlResult;
import dev.airproof.petri.pnml.PtnetGrammar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PNML files {@code airproof export FILE --to pnml} (with and without {@code --failures}) and
 * {@code --to mcc} write for every example are valid against the ptnet grammar's structure (the
 * petri module's offline {@code PtnetGrammar}) and parse with the reader.
 */
class ExportPnmlGrammarTest {
  static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyExportedPnmlIsValid() throws IOException {
    List<Path> air;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      air = s.filter(p -> p.toString().endsWith(".air")).sorted().toList();
    }
    assertTrue(air.size() >= 20, "examples: " + air);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : air) {
      String name = f.getFileName().toString().replace(".air", "");
      tests.add(DynamicTest.dynamicTest(name, () -> check(f, name, List.of("--to", "pnml"))));
      tests.add(DynamicTest.dynamicTest(name + " --failures",
          () -> check(f, name, List.of("--to", "pnml", "--failures"))));
      tests.add(DynamicTest.dynamicTest(name + " mcc", () -> check(f, name, List.of("--to", "mcc"))));
    }
    return tests.stream();
  }

  private void check(Path example, String name, List<String> options) throws IOException {
    boolean mcc = options.contains("mcc");
    Path out = dir.resolve(name + (options.contains("--failures") ? "-f" : "") + (mcc ? "" : ".pnml"));
    List<String> argv = new ArrayList<>(List.of("export", example.toString()));
    argv.addAll(options);
    argv.addAll(List.of("-o", out.toString()));
    CliRun run = CliRun.of(argv.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    String xml = Files.readString(mcc ? out.resolve("model.pnml") : out);
    assertEquals(List.of(), PtnetGrammar.violations(xml), name + " " + options);
    PnmlResult r = PnmlReader.read(xml);
    PnmlResult.Read read = assertInstanceOf(PnmlResult.Read.class, r, r::toString);
    assertEquals(name, read.nets().get(0).name());
  }
}
