package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Shapes;
import dev.airproof.interpreter.gen.AirGen;
import dev.airproof.interpreter.reduce.AirShrinker;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: for generated valid scripts, {@code parse(print(t))} has the shape of {@code t}, the
 * canonical text is a fixed point of parse-then-print, and the compact form round-trips too. Each
 * case is seeded by the base seed ({@link PropertySeed}) plus its index; a failure reports the seed
 * and the script shrunk by {@link AirShrinker} to a minimal one that still fails.
 */
class PrintRoundTripTest {
  static final int CASES = 2000;

  @TestFactory
  Stream<DynamicTest> generatedScriptsRoundTrip() {
    long base = PropertySeed.base("PrintRoundTripTest");
    AirGen.Config small = AirGen.Config.defaults();
    AirGen.Config large = small.withMaxInstructions(300).withMaxDepth(40);
    return IntStream.range(0, CASES).mapToObj(i -> {
      long seed = base + i;
      AirGen.Config cfg = i % 10 == 9 ? large : small;
      return DynamicTest.dynamicTest("seed " + seed, () -> check(seed, cfg));
    });
  }

  private static void check(long seed, AirGen.Config cfg) {
    Instruction script = AirGen.script(new SplittableRandom(seed), cfg);
    String problem = problem(script);
    if (!problem.isEmpty()) {
      Instruction small = AirShrinker.shrink(script, t -> !problem(t).isEmpty());
      fail("round trip fails for seed " + seed + " (-Dairproof.test.seed=" + seed + " reproduces it"
          + " as case 0): " + problem + "\nshrunk script:\n" + AirPrinter.print(small)
          + "\nits problem: " + problem(small) + "\nfull script:\n" + AirPrinter.print(script));
    }
  }

  /** What is wrong with the round trip of {@code script}; empty when nothing is. */
  static String problem(Instruction script) {
    String text = AirPrinter.print(script);
    String viaText = roundTrip(text, script, AirPrinter::print);
    if (!viaText.isEmpty()) {
      return viaText;
    }
    return roundTrip(AirPrinter.printCompact(script), script, AirPrinter::printCompact);
  }

  private static String roundTrip(String text, Instruction script,
      Function<Instruction, String> printer) {
    return switch (AirParser.parse("generated.air", text)) {
      case Rejected r -> "the printed text is rejected: " + r.diagnostics();
      case Parsed p -> {
        if (!Shapes.same(p.root(), script)) {
          yield "parse(print(t)) differs from t";
        }
        String again = printer.apply(p.root());
        yield again.equals(text) ? "" : "print is not idempotent:\n" + again;
      }
    };
  }

  @TestFactory
  Stream<DynamicTest> printIsIdempotentOnLargeScripts() {
    long base = PropertySeed.base("PrintRoundTripTest.large");
    AirGen.Config cfg = AirGen.Config.defaults().withMaxInstructions(3000).withMaxDepth(200);
    return IntStream.range(0, 5).mapToObj(i -> DynamicTest.dynamicTest("seed " + (base + i), () -> {
      Instruction script = AirGen.script(new SplittableRandom(base + i), cfg);
      assertEquals("", problem(script), "seed " + (base + i));
    }));
  }
}
