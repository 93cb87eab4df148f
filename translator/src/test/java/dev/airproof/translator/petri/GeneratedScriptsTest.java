package dev.airproof.translator.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.gen.AirGen;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.petri.pnml.PnmlReader;
import dev.airproof.petri.pnml.PnmlResult;
import dev.airproof.petri.pnml.PnmlWriter;
import dev.airproof.petri.reach.ExplorationLimits;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For 300 seeded generated scripts: the translation gives a net or names an unsupported construct;
 * a net has NCName ids, is a PNML document that re-reads to the same net, marks every transition
 * with a meaning, and never has an infinite run. Failures print the seed and the script.
 */
class GeneratedScriptsTest {
  static final int SCRIPTS = 300;
  static final long BASE = Long.getLong("airproof.test.seed", 0L);

  @TestFactory
  Stream<DynamicTest> generatedScriptsTranslate() {
    AirGen.Config cfg = AirGen.Config.defaults().withMaxInstructions(24).withMaxDepth(8);
    return IntStream.range(0, SCRIPTS).mapToObj(i -> {
      long seed = BASE + i;
      return DynamicTest.dynamicTest("seed " + seed, () -> check(seed,
          AirGen.script(new Random(seed), cfg)));
    });
  }

  @Test
  void almostAllGeneratedScriptsAreTranslated() {
    AirGen.Config cfg = AirGen.Config.defaults().withMaxInstructions(24).withMaxDepth(8);
    long translated = IntStream.range(0, SCRIPTS).filter(i -> AirToNet.translate(
        AirGen.script(new Random(BASE + i), cfg), NetOptions.defaults())
        instanceof TranslationResult.Translated).count();
    assertTrue(translated >= SCRIPTS * 9 / 10, "only " + translated + " of " + SCRIPTS);
  }

  private static void check(long seed, Instruction script) {
    String text = AirPrinter.print(script);
    String where = "seed " + seed + ":\n" + text;
    TranslationResult r = AirToNet.translate(script, NetOptions.defaults());
    if (r instanceof TranslationResult.Unsupported u) {
      assertNotEquals("", u.construct(), where);
      return;
    }
    Translation t = assertInstanceOf(TranslationResult.Translated.class, r, where).translation();
    assertEquals(List.of(), PnmlWriter.invalidIds(t.net()), where);
    for (int i = 0; i < t.net().transitionCount(); i++) {
      assertTrue(t.element(t.net().transition(i).id()).isPresent(), where);
    }
    PnmlResult read = PnmlReader.read(PnmlWriter.write(t.net()));
    PnmlResult.Read ok = assertInstanceOf(PnmlResult.Read.class, read, () -> where + "\n" + read);
    assertEquals(List.of(t.net()), ok.nets(), where);
    NetAnalysis a = NetAnalysis.explore(t, ExplorationLimits.states(20_000));
    assertNotEquals(NetCheck.Status.VIOLATED, a.termination().status(), where);
  }
}
