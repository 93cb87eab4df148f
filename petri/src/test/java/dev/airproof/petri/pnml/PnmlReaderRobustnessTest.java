package dev.airproof.petri.pnml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.fixtures.RandomNets;
import dev.airproof.petri.fixtures.WorkflowFixtures;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded mutations of valid PNML (deleting, duplicating or replacing slices, editing numbers and
 * ids) never make the reader throw: every input yields nets or located errors.
 */
class PnmlReaderRobustnessTest {
  private static final List<String> PIECES =
      List.of(
          "<",
          ">",
          "/>",
          "\"",
          "=",
          "-1",
          "0",
          "99999999999",
          "x",
          "<text>",
          "</text>",
          "<page id=\"q\">",
          "</page>",
          "<arc id=\"z\" source=\"i\" target=\"o\"/>",
          "<referencePlace id=\"r\" ref=\"r\"/>",
          "&amp;",
          "&bogus;",
          "<![CDATA[7]]>");

  static String mutate(String xml, SplittableRandom r) {
    StringBuilder b = new StringBuilder(xml);
    int edits = 1 + r.nextInt(3);
    for (int k = 0; k < edits; k++) {
      int at = r.nextInt(b.length());
      int len = Math.min(b.length() - at, r.nextInt(1, 20));
      switch (r.nextInt(3)) {
        case 0 -> b.delete(at, at + len);
        case 1 -> b.insert(at, b.substring(at, at + len));
        default -> b.replace(at, at + len, PIECES.get(r.nextInt(PIECES.size())));
      }
    }
    return b.toString();
  }

  @TestFactory
  Stream<DynamicTest> mutatedDocumentsGiveValuesNotExceptions() {
    String base = PnmlWriter.write(WorkflowFixtures.sound());
    long seed0 = RandomNets.baseSeed();
    return LongStream.range(seed0, seed0 + 300)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      String xml = mutate(base, new SplittableRandom(seed));
                      PnmlResult r = PnmlReader.read(xml);
                      switch (r) {
                        case PnmlResult.Read read -> assertEquals(1, read.nets().size());
                        case PnmlResult.Failed f ->
                            f.errors()
                                .forEach(
                                    e ->
                                        assertTrue(
                                            e.code() == PnmlError.Code.MALFORMED_XML
                                                || e.line() >= 1,
                                            "seed " + seed + ": " + e));
                      }
                    }));
  }
}
