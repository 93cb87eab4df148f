package dev.airproof.translator.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.export.NetExporter;
import dev.airproof.petri.mcc.MccWriter;
import dev.airproof.petri.pnml.PnmlReader;
import dev.airproof.petri.pnml.PnmlResult;
import dev.airproof.petri.pnml.PnmlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden nets of five examples (default options) as PNML and DOT, and the MCC property files of
 * forkjoin, diffed as text;
 * {@code -Dgolden.update=true} rewrites them. The PNML also re-reads to the same net.
 */
class PetriGoldenTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "petri");
  static final List<String> EXAMPLES =
      List.of("forkjoin", "stuck-join", "xor-fallback", "stream-join", "fold-peers");

  @TestFactory
  Stream<DynamicTest> goldenNets() {
    return EXAMPLES.stream().flatMap(name -> {
      Translation t = Examples.translate(Examples.example(name), NetOptions.defaults());
      String pnml = PnmlWriter.write(t.net());
      return Stream.of(
          DynamicTest.dynamicTest(name + ".pnml", () -> compare(name + ".pnml", pnml)),
          DynamicTest.dynamicTest(name + ".dot", () -> compare(name + ".dot", NetExporter.dot(t.net()))),
          DynamicTest.dynamicTest(name + " round trip", () -> {
            PnmlResult r = PnmlReader.read(pnml);
            PnmlResult.Read read = assertInstanceOf(PnmlResult.Read.class, r, () -> r.toString());
            assertEquals(List.of(t.net()), read.nets());
          }));
    });
  }

  @TestFactory
  Stream<DynamicTest> goldenMccProperties() {
    Translation t = Examples.translate(Examples.example("forkjoin"), NetOptions.defaults());
    return MccExport.of(t, "forkjoin").stream().map(set -> DynamicTest.dynamicTest(
        set.examination().fileName(),
        () -> compare("forkjoin-" + set.examination().fileName(), MccWriter.write(set))));
  }

  static void compare(String file, String actual) throws IOException {
    Path p = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(p, actual);
      return;
    }
    assertTrue(Files.exists(p), () -> p + " is missing; run with -Dgolden.update=true");
    assertEquals(Files.readString(p), actual, () -> file + " differs from its golden file");
  }
}
