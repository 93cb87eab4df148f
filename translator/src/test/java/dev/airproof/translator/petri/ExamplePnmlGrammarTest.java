package dev.airproof.translator.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.pnml.PnmlReader;
import dev.airproof.petri.pnml.PnmlResult;
import dev.airproof.petri.pnml.PnmlWriter;
import dev.airproof.petri.pnml.PtnetGrammar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The PNML of every example's net (without and with call failures) is valid against the ptnet
 * grammar's structure ({@code PtnetGrammar}, the petri module's offline checks of
 * pnmlcoremodel.rng + conventions.rng + ptnet.pntd) and re-reads to the same net.
 */
class ExamplePnmlGrammarTest {
  @TestFactory
  Stream<DynamicTest> everyExampleNetIsValidPtnetPnml() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(Examples.DIR)) {
      names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".air"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    }
    assertTrue(names.size() >= 20, "examples: " + names);
    return names.stream().flatMap(name -> Stream.of(false, true).map(failures ->
        DynamicTest.dynamicTest(name + (failures ? " --failures" : ""), () -> {
          Translation t = Examples.translate(Examples.example(name),
              NetOptions.defaults().withCallsMayFail(failures));
          String pnml = PnmlWriter.write(t.net());
          assertEquals(List.of(), PtnetGrammar.violations(pnml), name);
          PnmlResult read = PnmlReader.read(pnml);
          assertEquals(List.of(t.net()), assertInstanceOf(PnmlResult.Read.class, read,
              () -> name + ": " + read).nets(), name);
        })));
  }
}
